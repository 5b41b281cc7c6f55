import { pendingSuggestions } from '../../core/annotations'
import type { GoldspanApi } from '../../core/api/contract'
import { suggestionKey, type Suggestion } from '../../core/model'
import type { DocumentStore } from '../state/documentStore'
import type { SelectionStore } from '../state/selectionStore'
import { Store } from '../state/store'

export interface SuggestionState {
  /** Every model's suggestions on the document, decided ones included. */
  readonly all: readonly Suggestion[]
  /** Those still waiting for this annotator's decision, in text order. */
  readonly pending: readonly Suggestion[]
  /** Key of the suggestion the keys act on, or null. */
  readonly currentKey: string | null
  /** Suggestion files that could not be read, as `file: reason`. */
  readonly problems: readonly string[]
}

const EMPTY: SuggestionState = { all: [], pending: [], currentKey: null, problems: [] }

/**
 * The suggestions of one open document for this annotator. The suggestions themselves come
 * from the project's suggestion layer; which are still pending follows the document's
 * annotations (accepted spans, rejected keys), so undo and redo bring them back and take
 * them away again with no bookkeeping here.
 */
export class SuggestionStore extends Store<SuggestionState> {
  private readonly unsubscribe: () => void

  constructor(
    readonly document: DocumentStore,
    private readonly selection: SelectionStore
  ) {
    super(EMPTY)
    this.unsubscribe = document.subscribe(() => this.refresh(this.getState().all, this.getState().problems))
  }

  /** Loads (or reloads, after an import) the suggestions from the project. */
  async load(api: Pick<GoldspanApi, 'suggestions:get'>): Promise<void> {
    const { suggestions, problems } = await api['suggestions:get']({ documentId: this.document.id })
    this.refresh(suggestions, problems.map((problem) => `${problem.file}: ${problem.reason}`))
  }

  get current(): Suggestion | null {
    const { pending, currentKey } = this.getState()
    return pending.find((suggestion) => suggestionKey(suggestion) === currentKey) ?? null
  }

  /** Moves to the next (or previous) pending suggestion after the current one or the cursor, wrapping; selects and reveals it. */
  step(direction: 1 | -1): Suggestion | null {
    const { pending } = this.getState()
    if (pending.length === 0) return null
    const current = this.current
    const index = current ? pending.indexOf(current) : -1
    let next: Suggestion | undefined
    if (index >= 0) next = pending[(index + direction + pending.length) % pending.length]
    else {
      const at = this.selection.getState().head?.start ?? (direction === 1 ? -1 : this.document.text.length + 1)
      next = direction === 1 ? (pending.find((suggestion) => suggestion.start > at) ?? pending[0]) : ([...pending].reverse().find((suggestion) => suggestion.start < at) ?? pending[pending.length - 1])
    }
    if (next) this.focus(next)
    return next ?? null
  }

  /** Accepts the current suggestion (one undoable step) and moves to the next. */
  acceptCurrent(): Suggestion | null {
    return this.decide((suggestion) => this.document.acceptSuggestions([suggestion]))
  }

  /** Rejects the current suggestion (one undoable step) and moves to the next. */
  rejectCurrent(): Suggestion | null {
    return this.decide((suggestion) => this.document.rejectSuggestions([suggestion]))
  }

  /** Accepts every pending suggestion labelled `label` in this document as one undoable step; returns how many. */
  acceptAllOfLabel(label: string): number {
    const chosen = this.getState().pending.filter((suggestion) => suggestion.label === label)
    this.document.acceptSuggestions(chosen)
    return chosen.length
  }

  dispose(): void {
    this.unsubscribe()
  }

  private decide(apply: (suggestion: Suggestion) => void): Suggestion | null {
    const current = this.current
    if (!current) return null
    const index = this.getState().pending.indexOf(current)
    apply(current)
    // The one that followed it now sits at its index (wrapping at the end).
    const { pending } = this.getState()
    const next = pending[index < pending.length ? index : 0]
    if (next) this.focus(next)
    else this.update({ currentKey: null })
    return current
  }

  private focus(suggestion: Suggestion): void {
    this.update({ currentKey: suggestionKey(suggestion) })
    this.selection.setRange({ start: suggestion.start, end: suggestion.end }, undefined, { reveal: true })
  }

  private refresh(all: readonly Suggestion[], problems: readonly string[]): void {
    const pending = pendingSuggestions(this.document.annotations, all)
    const { currentKey, ...state } = this.getState()
    // A document without suggestions: its edits change nothing here, and need not render the panel.
    if (all === state.all && problems === state.problems && pending.length === 0 && state.pending.length === 0) return
    const stillPending = currentKey !== null && pending.some((suggestion) => suggestionKey(suggestion) === currentKey)
    this.setState({ all, pending, problems, currentKey: stillPending ? currentKey : null })
  }
}
