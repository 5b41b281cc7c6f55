import type { DocumentAnnotations } from '../model'
import {
  insertArgument,
  insertRelation,
  removeArgument,
  removeRelation,
  setAttribute,
  type DocumentOperationResult,
  type LinkOperation
} from './eventOperations'
import { applyOperation, type AnnotationOperation } from './operations'
import { setRejectedSuggestions, type SetRejectedSuggestionsOperation } from './suggestionOperations'

/**
 * Every change to a document in replayable form: span operations, link operations, and
 * a `batch` of them applied in order as one undoable step (e.g. removing an entity with
 * the arguments and relations that use it). An undo history stores these.
 */
export type DocumentOperation =
  | AnnotationOperation
  | LinkOperation
  | SetRejectedSuggestionsOperation
  | { readonly kind: 'batch'; readonly operations: readonly DocumentOperation[] }

/** Applies operations in order; the inverse undoes them in reverse order, as one step. */
export function applyBatch(annotations: DocumentAnnotations, operations: readonly DocumentOperation[]): DocumentOperationResult {
  return runSteps(
    annotations,
    operations.map((operation) => (current: DocumentAnnotations) => applyDocumentOperation(current, operation))
  )
}

/** Runs steps that each build their operation from the value left by the previous one, as one batch. */
export function runSteps(
  annotations: DocumentAnnotations,
  steps: readonly ((current: DocumentAnnotations) => { readonly annotations: DocumentAnnotations; readonly operation: DocumentOperation; readonly inverse: DocumentOperation })[]
): DocumentOperationResult {
  let current = annotations
  const operations: DocumentOperation[] = []
  const inverses: DocumentOperation[] = []
  for (const step of steps) {
    const result = step(current)
    current = result.annotations
    operations.push(result.operation)
    inverses.unshift(result.inverse)
  }
  return { annotations: current, operation: { kind: 'batch', operations }, inverse: { kind: 'batch', operations: inverses } }
}

/** Applies any operation in replayable form: what undo and redo call. */
export function applyDocumentOperation(annotations: DocumentAnnotations, operation: DocumentOperation): DocumentOperationResult {
  switch (operation.kind) {
    case 'batch':
      return applyBatch(annotations, operation.operations)
    case 'insertArgument':
      return insertArgument(annotations, operation.eventId, operation.index, operation.argument, operation.updated)
    case 'removeArgument':
      return removeArgument(annotations, operation.eventId, operation.index, operation.updated)
    case 'setAttribute':
      return setAttribute(annotations, operation.spanId, operation.name, operation.value, operation.updated)
    case 'insertRelation':
      return insertRelation(annotations, operation.relation, operation.index)
    case 'removeRelation':
      return removeRelation(annotations, operation.relationId)
    case 'setRejectedSuggestions':
      return setRejectedSuggestions(annotations, operation.keys)
    default:
      return applyOperation(annotations, operation)
  }
}
