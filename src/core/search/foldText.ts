/** A text made comparable, with where each of its units came from in the original. */
export interface FoldedText {
  readonly text: string
  /** For each UTF-16 unit of `text`, the original offset where its code point starts. */
  readonly starts: Int32Array
  /**
   * For each unit, the original offset just after its code point and any code points
   * right after it that folded to nothing (dropped accents), so a match keeps them.
   */
  readonly ends: Int32Array
}

export interface FoldRules {
  readonly lowerCase: boolean
  /** Drop combining marks (after NFD), and fold typographic apostrophes and no-break spaces. */
  readonly loose: boolean
}

const COMBINING_MARK = /\p{M}/gu
const APOSTROPHES = /[\u2019\u2018\u02bc]/g
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g

/** Folds one code point's text (also used for a query, which folds the same way). */
export function foldPiece(piece: string, rules: FoldRules): string {
  let folded = piece
  if (rules.loose) {
    folded = folded.normalize('NFD').replace(COMBINING_MARK, '').replace(APOSTROPHES, "'").replace(NO_BREAK_SPACES, ' ')
  }
  return rules.lowerCase ? folded.toLowerCase() : folded
}

/**
 * Folds `text` code point by code point (NFD, lower case and dropped marks change lengths:
 * "ï" is one unit, "i" + U+0308 two, and both fold to "i") and keeps, for each unit of the
 * result, the original offsets, so a match in the folded text maps back exactly.
 */
export function foldText(text: string, rules: FoldRules): FoldedText {
  if (!rules.loose && !rules.lowerCase) {
    const identity = Int32Array.from({ length: text.length }, (_, index) => index)
    return { text, starts: identity, ends: identity.map((index) => index + 1) }
  }
  const pieces: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let offset = 0
  for (const codePoint of text) {
    const end = offset + codePoint.length
    const folded = foldPiece(codePoint, rules)
    if (folded.length === 0) {
      // A dropped mark belongs to the code point before it: a match ending there takes it along.
      if (ends.length > 0) ends[ends.length - 1] = end
    } else {
      pieces.push(folded)
      for (let unit = 0; unit < folded.length; unit++) {
        starts.push(offset)
        ends.push(end)
      }
    }
    offset = end
  }
  return { text: pieces.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}
