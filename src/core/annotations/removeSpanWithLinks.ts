import type { DocumentAnnotations } from '../model'
import { runSteps } from './documentOperation'
import { removeArgument, removeRelation, type DocumentOperationResult } from './eventOperations'
import { removeSpan } from './operations'
import { usagesOfSpan } from './usagesOfSpan'

/**
 * Removes a span together with every argument and relation that uses it (a trigger's own
 * arguments go with it), as one batch whose inverse restores all of it exactly. Triggers
 * whose arguments change get `updated: now`. `usagesOfSpan` lists what goes beforehand.
 */
export function removeSpanWithLinks(annotations: DocumentAnnotations, spanId: string, now: string): DocumentOperationResult {
  const usages = usagesOfSpan(annotations, spanId)
  // Highest index first, so the positions of the arguments still to remove do not move.
  const argumentSteps = usages
    .flatMap((usage) => (usage.kind === 'argument' ? [usage] : []))
    .sort((a, b) => b.index - a.index)
    .map((usage) => (current: DocumentAnnotations) => removeArgument(current, usage.eventId, usage.index, now))
  const relationIds = [...new Set(usages.flatMap((usage) => (usage.kind === 'relation' ? [usage.relationId] : [])))]
  const relationSteps = relationIds.map((relationId) => (current: DocumentAnnotations) => removeRelation(current, relationId))
  return runSteps(annotations, [...argumentSteps, ...relationSteps, (current) => removeSpan(current, spanId)])
}
