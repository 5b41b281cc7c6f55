import { addOutcomes, emptyCountsByScheme, type CountsByScheme, type Outcome, type SemevalScheme } from './schemeCounts'

/** An entity to score: offsets in any one unit (both sides the same), `end` exclusive. */
export interface ScoredEntity {
  readonly start: number
  readonly end: number
  readonly label: string
}

/** Counts of one document, overall and per label. */
export interface DocumentCounts {
  readonly overall: CountsByScheme
  readonly byLabel: Map<string, CountsByScheme>
}

function byPosition(a: ScoredEntity, b: ScoredEntity): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
}

const ALL = (outcome: Outcome): Record<SemevalScheme, Outcome> => ({ strict: outcome, exact: outcome, partial: outcome, type: outcome })

// The outcome of each scenario of Segura-Bedmar et al. (2013) / Batista (2018) per scheme.
const EXACT_MATCH = ALL('correct')
const SAME_BOUNDARIES_OTHER_TYPE: Record<SemevalScheme, Outcome> = { strict: 'incorrect', exact: 'correct', partial: 'correct', type: 'incorrect' }
const OVERLAP_SAME_TYPE: Record<SemevalScheme, Outcome> = { strict: 'incorrect', exact: 'incorrect', partial: 'partial', type: 'correct' }
const OVERLAP_OTHER_TYPE: Record<SemevalScheme, Outcome> = { strict: 'incorrect', exact: 'incorrect', partial: 'partial', type: 'incorrect' }

/**
 * Scores one document's predicted entities against its gold ones under the four
 * SemEval-2013 9.1 schemes, following nervaluate's algorithm: each prediction is an
 * exact match, else is judged against the first gold entity (in text order) it shares
 * boundaries with or overlaps, else is spurious; gold entities no prediction touched
 * are missed. Per label, outcomes count for the gold entity's label, spurious ones for
 * the predicted label.
 */
export function compareEntities(gold: readonly ScoredEntity[], predicted: readonly ScoredEntity[]): DocumentCounts {
  const overall = emptyCountsByScheme()
  const byLabel = new Map<string, CountsByScheme>()
  const record = (label: string, outcomes: Record<SemevalScheme, Outcome>): void => {
    addOutcomes(overall, outcomes)
    let counts = byLabel.get(label)
    if (!counts) byLabel.set(label, (counts = emptyCountsByScheme()))
    addOutcomes(counts, outcomes)
  }
  const sortedGold = [...gold].sort(byPosition)
  // Keyed by value as nervaluate compares entities: duplicates of a touched gold entity are not missed.
  const keyOf = (entity: ScoredEntity): string => `${entity.start}:${entity.end}:${entity.label}`
  const goldKeys = new Set(sortedGold.map(keyOf))
  const touched = new Set<string>()
  // Running maximum of gold ends: the first gold entity ending after a prediction starts
  // is found by binary search, so 10k-span documents do not cost 10k × 10k comparisons.
  const maxEndSoFar: number[] = []
  for (const entity of sortedGold) maxEndSoFar.push(Math.max(entity.end, maxEndSoFar[maxEndSoFar.length - 1] ?? -Infinity))
  const firstOverlapping = (prediction: ScoredEntity): ScoredEntity | undefined => {
    let low = 0
    let high = sortedGold.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((maxEndSoFar[middle] ?? -Infinity) > prediction.start) high = middle
      else low = middle + 1
    }
    // Every earlier entity ends before the prediction starts; every later one starts no earlier than this one.
    const candidate = sortedGold[low]
    return candidate && candidate.start < prediction.end ? candidate : undefined
  }

  for (const prediction of [...predicted].sort(byPosition)) {
    if (goldKeys.has(keyOf(prediction))) {
      touched.add(keyOf(prediction))
      record(prediction.label, EXACT_MATCH)
      continue
    }
    const target = firstOverlapping(prediction)
    if (!target) {
      record(prediction.label, ALL('spurious'))
      continue
    }
    touched.add(keyOf(target))
    const sameBoundaries = target.start === prediction.start && target.end === prediction.end
    const sameType = target.label === prediction.label
    record(target.label, sameBoundaries ? SAME_BOUNDARIES_OTHER_TYPE : sameType ? OVERLAP_SAME_TYPE : OVERLAP_OTHER_TYPE)
  }
  for (const entity of sortedGold) {
    if (!touched.has(keyOf(entity))) record(entity.label, ALL('missed'))
  }
  return { overall, byLabel }
}
