import { chunkEnds, chunkStarts, toBioTag } from './chunkRules'

/** A line conlleval.pl would refuse; it stops there, and so does this scorer. */
export class ConllevalError extends Error {
  override readonly name = 'ConllevalError'
}

export interface ConllevalTypeCounts {
  readonly type: string
  /** Chunks of this type in the gold column. */
  readonly goldChunks: number
  /** Chunks of this type in the predicted column. */
  readonly foundChunks: number
  readonly correctChunks: number
}

export interface ConllevalCounts {
  readonly tokens: number
  readonly correctTags: number
  readonly goldChunks: number
  readonly foundChunks: number
  readonly correctChunks: number
  /** In conlleval.pl's order (sorted type names, its duplicate quirk included). */
  readonly types: readonly ConllevalTypeCounts[]
}

export interface ConllevalOptions {
  /** Map `S-`/`E-` to `B-`/`I-` before scoring, so BIOES is scored by its chunks. */
  readonly bioes?: boolean
}

const BOUNDARY = '-X-'

function splitTag(tag: string): { prefix: string; type: string } {
  const hyphen = tag.indexOf('-')
  const prefix = hyphen < 0 ? tag : tag.slice(0, hyphen)
  const type = hyphen < 0 ? '' : tag.slice(hyphen + 1)
  // Perl's `$type ? $type : ""` also turns a type "0" into "".
  return { prefix, type: type === '0' ? '' : type }
}

function compareByCodePoint(a: string, b: string): number {
  const left = Array.from(a, (char) => char.codePointAt(0) ?? 0)
  const right = Array.from(b, (char) => char.codePointAt(0) ?? 0)
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

/**
 * conlleval.pl's scoring, fed one line at a time (`token … gold predicted`, blank line
 * or `-X-` between sentences). Fields are split on runs of spaces or tabs and a
 * trailing CR is dropped; conlleval.pl splits on single spaces only.
 */
export function createConllevalScorer(source: string, options: ConllevalOptions = {}): {
  addLine(line: string): void
  counts(): ConllevalCounts
} {
  let lineNumber = 0
  let featureCount = -1
  let inCorrect = false
  let lastGold = { prefix: 'O', type: '' }
  let lastGuess = { prefix: 'O', type: '' }
  const totals = { tokens: 0, correctTags: 0, goldChunks: 0, foundChunks: 0, correctChunks: 0 }
  const perType = { gold: new Map<string, number>(), found: new Map<string, number>(), correct: new Map<string, number>() }
  const bump = (map: Map<string, number>, type: string): void => {
    map.set(type, (map.get(type) ?? 0) + 1)
  }
  const closeCorrectChunk = (): void => {
    totals.correctChunks++
    bump(perType.correct, lastGold.type)
  }

  return {
    addLine(rawLine) {
      lineNumber++
      const line = rawLine.replace(/\r$/, '')
      let features = line.trim() === '' ? [] : line.trim().split(/[ \t]+/)
      // Like conlleval.pl, the count is fixed by the first non-empty line.
      if (featureCount <= 0) featureCount = features.length
      else if (features.length !== featureCount && features.length !== 0) {
        throw new ConllevalError(`${source}:${lineNumber}: unexpected number of features: ${features.length} (${featureCount})`)
      }
      if (features.length === 0 || features[0] === BOUNDARY) features = [BOUNDARY, 'O', 'O']
      if (features.length < 2) throw new ConllevalError(`${source}:${lineNumber}: unexpected number of features in line ${line}`)
      const mapTag = (tag: string): string => (options.bioes ? toBioTag(tag) : tag)
      const guess = splitTag(mapTag(features[features.length - 1] ?? 'O'))
      const gold = splitTag(mapTag(features[features.length - 2] ?? 'O'))
      const isBoundary = features[0] === BOUNDARY
      if (isBoundary) guess.prefix = 'O'

      const goldEnds = chunkEnds(lastGold.prefix, gold.prefix, lastGold.type, gold.type)
      const guessEnds = chunkEnds(lastGuess.prefix, guess.prefix, lastGuess.type, guess.type)
      if (inCorrect) {
        if (goldEnds && guessEnds && lastGuess.type === lastGold.type) {
          inCorrect = false
          closeCorrectChunk()
        } else if (goldEnds !== guessEnds || guess.type !== gold.type) {
          inCorrect = false
        }
      }
      const goldStarts = chunkStarts(lastGold.prefix, gold.prefix, lastGold.type, gold.type)
      const guessStarts = chunkStarts(lastGuess.prefix, guess.prefix, lastGuess.type, guess.type)
      if (goldStarts && guessStarts && guess.type === gold.type) inCorrect = true
      if (goldStarts) {
        totals.goldChunks++
        bump(perType.gold, gold.type)
      }
      if (guessStarts) {
        totals.foundChunks++
        bump(perType.found, guess.type)
      }
      if (!isBoundary) {
        if (gold.prefix === guess.prefix && gold.type === guess.type) totals.correctTags++
        totals.tokens++
      }
      lastGold = gold
      lastGuess = guess
    },
    counts() {
      // The file's end closes a chunk still correct so far; counts() may be called once at the end.
      if (inCorrect) {
        inCorrect = false
        closeCorrectChunk()
      }
      const sorted = [...perType.gold.keys(), ...perType.found.keys()].sort(compareByCodePoint)
      // conlleval.pl drops a repeated name only when the previous one is truthy in Perl,
      // so the empty type (and "0") can be listed twice; kept for identical tables.
      const names = sorted.filter((name, index) => {
        const previous = index > 0 ? sorted[index - 1] : undefined
        return previous === undefined || previous === '' || previous === '0' || previous !== name
      })
      return {
        ...totals,
        types: names.map((type) => ({
          type,
          goldChunks: perType.gold.get(type) ?? 0,
          foundChunks: perType.found.get(type) ?? 0,
          correctChunks: perType.correct.get(type) ?? 0
        }))
      }
    }
  }
}
