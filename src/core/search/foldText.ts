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

/** The string of the first `length` UTF-16 units, in chunks (an argument list has a size limit). */
function unitsToString(units: Uint16Array, length: number): string {
  const chunks: string[] = []
  for (let from = 0; from < length; from += 8192) chunks.push(String.fromCharCode(...units.subarray(from, Math.min(length, from + 8192))))
  return chunks.join('')
}

/** Grows a typed array to at least `size`, keeping its content. */
function grow<T extends Int32Array | Uint16Array>(array: T, size: number, make: (length: number) => T): T {
  if (size <= array.length) return array
  const bigger = make(Math.max(size, array.length * 2))
  bigger.set(array)
  return bigger
}

/**
 * Folds `text` code point by code point (NFD, lower case and dropped marks change lengths:
 * "ï" is one unit, "i" + U+0308 two, and both fold to "i") and keeps, for each unit of the
 * result, the original offsets, so a match in the folded text maps back exactly.
 * ASCII takes a fast path and each other code point is folded once per call.
 */
export function foldText(text: string, rules: FoldRules): FoldedText {
  if (!rules.loose && !rules.lowerCase) {
    const identity = Int32Array.from({ length: text.length }, (_, index) => index)
    return { text, starts: identity, ends: identity.map((index) => index + 1) }
  }
  const cache = new Map<number, string>()
  let units = new Uint16Array(text.length + 16)
  let starts = new Int32Array(text.length + 16)
  let ends = new Int32Array(text.length + 16)
  let length = 0
  for (let offset = 0; offset < text.length; ) {
    const code = text.codePointAt(offset) as number
    const size = code > 0xffff ? 2 : 1
    const end = offset + size
    if (code < 0x80) {
      units[length] = rules.lowerCase && code >= 65 && code <= 90 ? code + 32 : code
      starts[length] = offset
      ends[length++] = end
    } else {
      let folded = cache.get(code)
      if (folded === undefined) {
        folded = foldPiece(String.fromCodePoint(code), rules)
        cache.set(code, folded)
      }
      if (folded.length === 0) {
        // A dropped mark belongs to the code point before it: a match ending there takes it along.
        if (length > 0) ends[length - 1] = end
      } else {
        units = grow(units, length + folded.length, (n) => new Uint16Array(n))
        starts = grow(starts, length + folded.length, (n) => new Int32Array(n))
        ends = grow(ends, length + folded.length, (n) => new Int32Array(n))
        for (let unit = 0; unit < folded.length; unit++) {
          units[length] = folded.charCodeAt(unit)
          starts[length] = offset
          ends[length++] = end
        }
      }
    }
    offset = end
  }
  return { text: unitsToString(units, length), starts: starts.subarray(0, length), ends: ends.subarray(0, length) }
}
