import type { ReviewUnit } from './findDisagreements'
import type { ReviewDecision } from './reviewDecision'
import { unitKey } from './unitKey'

/** How many of a document's units have a decision. Decisions on units that no longer exist (an annotator changed a span) are not counted. */
export interface ReviewProgress {
  readonly resolved: number
  readonly total: number
}

export function reviewProgress(units: readonly ReviewUnit[], decisions: readonly ReviewDecision[]): ReviewProgress {
  const decided = new Set(decisions.map((decision) => decision.unitKey))
  return { resolved: units.filter((unit) => decided.has(unitKey(unit))).length, total: units.length }
}

/** Progress over several documents: the sums. */
export function sumProgress(parts: readonly ReviewProgress[]): ReviewProgress {
  return parts.reduce((sum, part) => ({ resolved: sum.resolved + part.resolved, total: sum.total + part.total }), { resolved: 0, total: 0 })
}
