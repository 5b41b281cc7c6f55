import { scoreCounts, type PrecisionRecallF1 } from '../../agreement/prf'
import { compareEvents, emptyCounts, EVENT_MEASURES, type EventMeasure, type MatchCounts } from './compareEvents'
import type { ScoredEvent } from './scoredEvent'

/**
 * Event scores micro-averaged over documents (tp, fp and fn summed, then scored), as JSON
 * prints them. Precision is null when the compared side has no item, recall when the
 * reference has none, F1 when neither has (see `scoreCounts`).
 */
export type EventScores = { readonly documents: number } & Readonly<Record<EventMeasure, PrecisionRecallF1>> & {
    /** Trigger classification per event type, sorted by type. */
    readonly per_event_type: Readonly<Record<string, PrecisionRecallF1>>
    /** Argument classification per role, sorted by role. */
    readonly per_role: Readonly<Record<string, PrecisionRecallF1>>
  }

/** Accumulates documents one at a time, so that callers can stream; memory grows with the number of types and roles only. */
export interface EventScorer {
  addDocument(reference: readonly ScoredEvent[], other: readonly ScoredEvent[]): void
  result(): EventScores
}

function addInto(total: MatchCounts, counts: MatchCounts): void {
  total.tp += counts.tp
  total.fp += counts.fp
  total.fn += counts.fn
}

function addGroups(total: Map<string, MatchCounts>, groups: Map<string, MatchCounts>): void {
  for (const [group, counts] of groups) {
    let sum = total.get(group)
    if (!sum) total.set(group, (sum = emptyCounts()))
    addInto(sum, counts)
  }
}

// Code unit order, independent of the locale; fromEntries keeps a "__proto__" type an own key.
function scoreGroups(groups: Map<string, MatchCounts>): Record<string, PrecisionRecallF1> {
  return Object.fromEntries(
    [...groups.keys()].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0)).map((group) => {
      const { tp, fp, fn } = groups.get(group)!
      return [group, scoreCounts(tp, fp, fn)]
    })
  )
}

export function createEventScorer(): EventScorer {
  const totals = Object.fromEntries(EVENT_MEASURES.map((measure) => [measure, emptyCounts()])) as Record<EventMeasure, MatchCounts>
  const perEventType = new Map<string, MatchCounts>()
  const perRole = new Map<string, MatchCounts>()
  let documents = 0
  return {
    addDocument(reference, other) {
      documents++
      const comparison = compareEvents(reference, other)
      for (const measure of EVENT_MEASURES) addInto(totals[measure], comparison.measures[measure])
      addGroups(perEventType, comparison.perEventType)
      addGroups(perRole, comparison.perRole)
    },
    result() {
      const measures = Object.fromEntries(
        EVENT_MEASURES.map((measure) => [measure, scoreCounts(totals[measure].tp, totals[measure].fp, totals[measure].fn)])
      ) as Record<EventMeasure, PrecisionRecallF1>
      return { documents, ...measures, per_event_type: scoreGroups(perEventType), per_role: scoreGroups(perRole) }
    }
  }
}
