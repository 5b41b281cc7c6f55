import type { GoldspanApi } from '../../core/api/contract'
import type { ReviewDocument, ReviewDocumentSummary } from '../../core/api/reviewResults'
import {
  acceptAgreedUnits,
  acceptAll,
  acceptOne,
  applyReviewChange,
  editUnit,
  findDisagreements,
  linkProgress,
  rejectUnit,
  reviewLinks,
  reviewProgress,
  setGoldStatus,
  sumProgress,
  unitKey,
  type Disagreements,
  type ReviewChangeResult,
  type ReviewDecision,
  type ReviewState,
  type ReviewUnit
} from '../../core/review'
import type { Schema } from '../../core/schema'
import type { SaveStatus } from '../state/autosaveQueue'
import { Store } from '../state/store'
import { ReviewSaves } from './reviewSaves'
import { cycleDraftLabel, draftFor, moveDraftEdge, takeDraftEdge, type EditDraft } from './editDraft'

/** The document under review: its text, the annotators' units and the gold being built. */
export interface OpenReview {
  readonly documentId: string
  readonly text: string
  readonly disagreements: Disagreements
  readonly keys: readonly string[]
  /** Each chosen annotator's work, whose arguments and relations the links step offers. */
  readonly versions: ReviewDocument['versions']
  readonly state: ReviewState
  /** Set when the gold or review file cannot be read: shown, not editable. */
  readonly readOnlyReason?: string
}

export interface ReviewViewState {
  readonly annotators: readonly string[]
  readonly chosen: readonly string[]
  readonly documents: readonly ReviewDocumentSummary[]
  readonly loading: boolean
  readonly error: string | null
  readonly open: OpenReview | null
  readonly unitIndex: number
  readonly draft: EditDraft | null
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly save: SaveStatus
}

const INITIAL: ReviewViewState = {
  annotators: [],
  chosen: [],
  documents: [],
  loading: false,
  error: null,
  open: null,
  unitIndex: 0,
  draft: null,
  canUndo: false,
  canRedo: false,
  save: { kind: 'idle' }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The review screen: which annotators are compared, the review list, and one document's
 * review with its undo history. Every decision is saved (gold and decisions together)
 * through `review:save` by an autosave queue that retries until it succeeds.
 */
export class ReviewStore extends Store<ReviewViewState> {
  private past: ReviewChangeResult[] = []
  private future: ReviewChangeResult[] = []
  private readonly saves: ReviewSaves
  private annotatorsChosen = false

  constructor(
    private readonly api: GoldspanApi,
    /** The session's annotator, who adjudicates; null before one is named. */
    private readonly adjudicator: () => string | null,
    private readonly now: () => string = () => new Date().toISOString(),
    /** The project's schema, for the links counted in progress (none counted before it is known). */
    private readonly schema: () => Schema | null = () => null
  ) {
    super(INITIAL)
    this.saves = new ReviewSaves(api)
    this.saves.subscribe(() => this.update({ save: this.saves.getState() }))
  }

  get hasUnsavedChanges(): boolean {
    return this.saves.hasUnsavedChanges
  }

  whenSaved(): Promise<boolean> {
    return this.saves.whenSaved()
  }

  retrySaveNow(): void {
    this.saves.retryNow()
  }

  /** Loads the annotators and, once two or more are chosen, the review list. The first time, all annotators are chosen. */
  async load(): Promise<void> {
    this.update({ loading: true, error: null })
    try {
      let summary = await this.api['review:summary']({ annotators: [...this.getState().chosen] })
      if (!this.annotatorsChosen && summary.annotators.length >= 2) {
        this.annotatorsChosen = true
        this.update({ chosen: summary.annotators })
        summary = await this.api['review:summary']({ annotators: [...summary.annotators] })
      }
      this.update({ annotators: summary.annotators, documents: summary.documents, loading: false })
    } catch (error) {
      this.update({ loading: false, error: errorText(error) })
    }
  }

  /** Adds or removes an annotator from the comparison; the open document is closed (its units change). */
  async toggleAnnotator(name: string): Promise<void> {
    const { chosen, annotators } = this.getState()
    const next = chosen.includes(name) ? chosen.filter((other) => other !== name) : annotators.filter((other) => other === name || chosen.includes(other))
    await this.saves.whenSaved()
    this.resetHistory()
    this.annotatorsChosen = true
    this.update({ chosen: next, open: null, draft: null, documents: [] })
    await this.load()
  }

  async openDocument(documentId: string): Promise<void> {
    const { chosen } = this.getState()
    await this.saves.whenSaved()
    this.update({ loading: true, error: null })
    try {
      const loaded = await this.api['review:document']({ documentId, annotators: [...chosen] })
      const disagreements = findDisagreements(loaded.versions, { textLength: loaded.text.length, contextCharacters: 80 })
      // A save of this document still failing: what is in memory is newer than the files.
      const state: ReviewState = this.saves.unsaved(documentId) ?? { gold: loaded.gold, decisions: loaded.decisions, links: loaded.links ?? [] }
      const open: OpenReview = {
        documentId,
        text: loaded.text,
        disagreements,
        keys: disagreements.units.map(unitKey),
        versions: loaded.versions,
        state,
        ...(loaded.readOnlyReason !== undefined ? { readOnlyReason: loaded.readOnlyReason } : {})
      }
      this.resetHistory()
      const decided = new Set(state.decisions.map((decision) => decision.unitKey))
      const firstOpen = open.keys.findIndex((key) => !decided.has(key))
      this.update({ open, unitIndex: Math.max(0, firstOpen), draft: null, loading: false })
    } catch (error) {
      this.update({ loading: false, error: errorText(error) })
    }
  }

  /** The unit under the cursor. */
  currentUnit(): ReviewUnit | null {
    const { open, unitIndex } = this.getState()
    return open?.disagreements.units[unitIndex] ?? null
  }

  decisionOf(index: number): ReviewDecision | null {
    const { open } = this.getState()
    const key = open?.keys[index]
    return open?.state.decisions.find((decision) => decision.unitKey === key) ?? null
  }

  moveUnit(step: number): void {
    const { open, unitIndex } = this.getState()
    if (!open) return
    const next = Math.min(Math.max(unitIndex + step, 0), open.disagreements.units.length - 1)
    if (next !== unitIndex) this.update({ unitIndex: next, draft: null })
  }

  acceptVersion(index: number): void {
    const unit = this.currentUnit()
    const version = unit?.versions[index]
    if (!unit || !version) return
    if (!version.span) return this.refuse(`${version.annotator} marked nothing here`)
    this.decide((state, by) => acceptOne(state, unit, version.annotator, by), true)
  }

  acceptAllVersions(): void {
    const unit = this.currentUnit()
    if (unit) this.decide((state, by) => acceptAll(state, unit, by), true)
  }

  rejectVersions(): void {
    const unit = this.currentUnit()
    if (unit) this.decide((state, by) => rejectUnit(state, unit, by), true)
  }

  acceptAgreed(): void {
    const units = this.getState().open?.disagreements.units
    if (units) this.decide((state, by) => acceptAgreedUnits(state, units, by), false)
  }

  /** Marks the document adjudicated (gold `done`, what `export --gold` takes), or back to in progress. */
  toggleAdjudicated(): void {
    this.decide((state) => setGoldStatus(state, state.gold.status === 'done' ? 'in_progress' : 'done'), false)
  }

  startEdit(): void {
    const unit = this.currentUnit()
    if (unit && !this.getState().open?.readOnlyReason) this.update({ draft: draftFor(unit), error: null })
  }

  cancelEdit(): void {
    if (this.getState().draft) this.update({ draft: null })
  }

  moveEditEdge(edge: 'start' | 'end', delta: number): void {
    const { draft, open } = this.getState()
    if (draft && open) this.update({ draft: moveDraftEdge(draft, edge, delta, open.text.length) })
  }

  takeEditEdge(index: number, edge: 'start' | 'end'): void {
    const { draft } = this.getState()
    const unit = this.currentUnit()
    if (draft && unit) this.update({ draft: takeDraftEdge(draft, unit, index, edge) })
  }

  setEditLabel(label: string): void {
    const { draft } = this.getState()
    if (draft) this.update({ draft: { ...draft, label } })
  }

  cycleEditLabel(labels: readonly string[], step: 1 | -1): void {
    const { draft } = this.getState()
    if (draft) this.update({ draft: cycleDraftLabel(draft, labels, step) })
  }

  commitEdit(): void {
    const { draft } = this.getState()
    const unit = this.currentUnit()
    if (!draft || !unit) return
    if (draft.label === '') return this.refuse('choose a label first')
    this.decide((state, by) => editUnit(state, unit, draft, by), true)
  }

  undo(): void {
    const entry = this.past.pop()
    if (!entry) return
    this.future.push(entry)
    this.replay(entry.inverse)
  }

  redo(): void {
    const entry = this.future.pop()
    if (!entry) return
    this.past.push(entry)
    this.replay(entry.change)
  }

  private replay(change: ReviewChangeResult['change']): void {
    const open = this.getState().open
    if (!open) return
    this.apply(applyReviewChange(open.state, change).state)
  }

  /** Runs one undoable review step on the open document (the links step uses it too); `advance` moves to the next unit. */
  decide(step: (state: ReviewState, by: { adjudicator: string; now: string }) => ReviewChangeResult, advance: boolean): void {
    const { open, unitIndex } = this.getState()
    const adjudicator = this.adjudicator()
    if (!open || adjudicator === null) return
    if (open.readOnlyReason) return this.refuse(`read-only: ${open.readOnlyReason}`)
    let result: ReviewChangeResult
    try {
      result = step(open.state, { adjudicator, now: this.now() })
    } catch (error) {
      return this.refuse(errorText(error))
    }
    this.past.push(result)
    this.future = []
    const last = open.disagreements.units.length - 1
    this.apply(result.state, { draft: null, unitIndex: advance ? Math.min(unitIndex + 1, Math.max(last, 0)) : unitIndex })
  }

  /** Shows a new review state, queues its save and updates the document's line in the list. */
  private apply(state: ReviewState, patch: Partial<ReviewViewState> = {}): void {
    const open = this.getState().open
    if (!open) return
    const schema = this.schema()
    const links = schema ? linkProgress(reviewLinks(state.gold, open.versions, schema, state.links ?? [])) : { resolved: 0, total: 0 }
    const progress = sumProgress([reviewProgress(open.disagreements.units, state.decisions), links])
    const documents = this.getState().documents.map((summary) =>
      summary.documentId === open.documentId ? { ...summary, ...progress, goldStatus: state.gold.status } : summary
    )
    this.update({ ...patch, open: { ...open, state }, documents, error: null, canUndo: this.past.length > 0, canRedo: this.future.length > 0 })
    this.saves.push(open.documentId, state)
  }

  /** Shows why an action was not taken. */
  refuse(message: string): void {
    this.update({ error: message })
  }

  private resetHistory(): void {
    this.past = []
    this.future = []
    this.update({ canUndo: false, canRedo: false })
  }
}
