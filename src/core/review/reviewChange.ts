import { applyDocumentOperation, type DocumentOperation } from '../annotations'
import type { DocumentAnnotations } from '../model'
import type { LinkDecision } from './linkDecision'
import type { ReviewDecision } from './reviewDecision'

/** What review works on for one document: the gold layer and the decisions taken so far. */
export interface ReviewState {
  readonly gold: DocumentAnnotations
  /** Sorted by unit key, at most one per unit. */
  readonly decisions: readonly ReviewDecision[]
  /** Decisions on the annotators' arguments and relations, sorted by link key (none when absent). */
  readonly links?: readonly LinkDecision[]
}

/**
 * One undoable review step in replayable form: an operation on the gold layer and the
 * decisions it sets (`decision`) or removes (`null`), by unit key.
 */
export interface ReviewChange {
  readonly gold: DocumentOperation
  readonly decisions: readonly { readonly unitKey: string; readonly decision: ReviewDecision | null }[]
  /** The link decisions it sets or removes, by link key. */
  readonly links?: readonly { readonly linkKey: string; readonly decision: LinkDecision | null }[]
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
  const links = applyLinkDecisions(state.links ?? [], change.links ?? [])
  return {
    state: { ...state, gold: gold.annotations, decisions: [...byKey.values()].sort(compareKeys), ...(links.changed ? { links: links.decisions } : {}) },
    change,
    inverse: { gold: gold.inverse, decisions: restore, ...(links.changed ? { links: links.restore } : {}) }
  }
}

function applyLinkDecisions(current: readonly LinkDecision[], changes: NonNullable<ReviewChange['links']>) {
  const byKey = new Map(current.map((decision) => [decision.linkKey, decision]))
  const restore: { linkKey: string; decision: LinkDecision | null }[] = []
  for (const { linkKey, decision } of changes) {
    restore.unshift({ linkKey, decision: byKey.get(linkKey) ?? null })
    if (decision) byKey.set(linkKey, decision)
    else byKey.delete(linkKey)
  }
  const decisions = [...byKey.values()].sort((a, b) => (a.linkKey < b.linkKey ? -1 : a.linkKey > b.linkKey ? 1 : 0))
  return { changed: changes.length > 0, decisions, restore }
}
