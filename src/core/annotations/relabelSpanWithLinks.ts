import type { DocumentAnnotations } from '../model'
import { findLabel, type Schema } from '../schema'
import { runSteps } from './documentOperation'
import { removeArgument, type DocumentOperationResult } from './eventOperations'
import { relabelSpan } from './operations'

/**
 * Relabels a span; when a trigger becomes an entity, its arguments are removed in the
 * same undoable step (an entity cannot have arguments). Between event types the
 * arguments stay, and roles the new type lacks show as `role-not-allowed` warnings.
 */
export function relabelSpanWithLinks(
  annotations: DocumentAnnotations,
  schema: Schema,
  spanId: string,
  label: string,
  now: string
): DocumentOperationResult {
  const span = annotations.spans.find((candidate) => candidate.id === spanId)
  const keepsArguments = findLabel(schema, label)?.kind === 'event'
  const count = keepsArguments ? 0 : (span?.arguments?.length ?? 0)
  const argumentSteps = Array.from({ length: count }, (_, index) => (current: DocumentAnnotations) => removeArgument(current, spanId, count - 1 - index, now))
  return runSteps(annotations, [...argumentSteps, (current) => relabelSpan(current, spanId, label, now)])
}
