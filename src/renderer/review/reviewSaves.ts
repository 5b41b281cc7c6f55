import type { GoldspanApi } from '../../core/api/contract'
import type { ReviewDecision, ReviewState } from '../../core/review'
import { AutosaveQueue, type SaveStatus } from '../state/autosaveQueue'
import { combineSaveStatus } from '../state/combineSaveStatus'
import { Store } from '../state/store'

/** The payload type's arrays are mutable (zod output); the decisions themselves are never changed. */
function mutableDecision(decision: ReviewDecision) {
  return { ...decision, annotators: [...decision.annotators], goldSpanIds: [...decision.goldSpanIds] }
}

/**
 * Saves each reviewed document (gold and decisions together, through `review:save`) with
 * its own autosave queue, so a document still failing to save is never superseded by
 * another document's save. The state is the combined save status of every queue.
 */
export class ReviewSaves extends Store<SaveStatus> {
  private readonly queues = new Map<string, AutosaveQueue<ReviewState>>()
  private readonly latest = new Map<string, ReviewState>()

  constructor(private readonly api: GoldspanApi) {
    super({ kind: 'idle' })
  }

  push(documentId: string, state: ReviewState): void {
    let queue = this.queues.get(documentId)
    if (!queue) {
      queue = new AutosaveQueue((value: ReviewState) =>
        this.api['review:save']({
          gold: value.gold,
          decisions: value.decisions.map(mutableDecision),
          links: (value.links ?? []).map((decision) => ({ ...decision, proposedBy: [...decision.proposedBy] }))
        })
      )
      queue.subscribe(() => this.setState(combineSaveStatus([...this.queues.values()].map((each) => each.getState()))))
      this.queues.set(documentId, queue)
    }
    this.latest.set(documentId, state)
    queue.push(state)
  }

  /** The state of `documentId` not on disk yet (the latest pushed), or null when all of it is saved. */
  unsaved(documentId: string): ReviewState | null {
    const queue = this.queues.get(documentId)
    return queue?.hasUnsavedChanges ? (this.latest.get(documentId) ?? null) : null
  }

  get hasUnsavedChanges(): boolean {
    return [...this.queues.values()].some((queue) => queue.hasUnsavedChanges)
  }

  /** True once everything pushed so far is saved; false as soon as a save fails (the queues keep retrying). */
  async whenSaved(): Promise<boolean> {
    const results = await Promise.all([...this.queues.values()].map((queue) => queue.whenSaved()))
    return results.every(Boolean)
  }

  retryNow(): void {
    for (const queue of this.queues.values()) queue.retryNow()
  }
}
