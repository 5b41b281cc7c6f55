import { applyDocumentOperation, type DocumentOperation } from '../annotations'
import type { DocumentAnnotations } from '../model'
import type { ReviewDecision } from './reviewDecision'

/** What review works on for one document: the gold layer and the decisions taken so far. */
export interface ReviewState {
  readonly gold: DocumentAnnotations
  /** Sorted by unit key, at most one per unit. */
  readonly decisions: readonly ReviewDecision[]
}

/**
 * One undoable review step in replayable form: an operation on the gold layer and the
 * decisions it sets (`decision`) or removes (`null`), by unit key.
 */
export interface ReviewChange {
  readonly gold: DocumentOperation
  readonly decisions: readonly { readonly unitKey: string; readonly decision: ReviewDecision | null }[]
}

export interface ReviewChangeResult {
  readonly state: ReviewState
  readonly change: ReviewChange
  /** Undoes `change` exactly. */
  readonly inverse: ReviewChange
}

function compareKeys(a: ReviewDecision, b: ReviewDecision): number {
  return a.unitKey < b.unitKey ? -1 : a.unitKey > b.unitKey ? 1 : 0
}

/** Applies a change (what undo and redo call); the inverse restores the decisions it replaced. */
export function applyReviewChange(state: ReviewState, change: ReviewChange): ReviewChangeResult {
  const gold = applyDocumentOperation(state.gold, change.gold)
  const byKey = new Map(state.decisions.map((decision) => [decision.unitKey, decision]))
  const restore: { unitKey: string; decision: ReviewDecision | null }[] = []
  for (const { unitKey, decision } of change.decisions) {
    restore.unshift({ unitKey, decision: byKey.get(unitKey) ?? null })
    if (decision) byKey.set(unitKey, decision)
    else byKey.delete(unitKey)
  }
  return {
    state: { gold: gold.annotations, decisions: [...byKey.values()].sort(compareKeys) },
    change,
    inverse: { gold: gold.inverse, decisions: restore }
  }
}
