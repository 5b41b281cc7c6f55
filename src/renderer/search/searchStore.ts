import type { GoldspanApi } from '../../core/api/contract'
import { DEFAULT_SEARCH_OPTIONS, findOccurrences, occurrenceContext, type CorpusHit, type SearchOptions } from '../../core/search'
import type { SelectionStore } from '../state/selectionStore'
import type { SessionStore } from '../state/sessionStore'
import { Store } from '../state/store'
import { searchHighlightsOf } from './searchHighlights'

export type SearchScope = 'document' | 'corpus'

export interface SearchState {
  readonly open: boolean
  readonly query: string
  readonly options: SearchOptions
  readonly scope: SearchScope
  /** Listed hits (at most HIT_LIST_LIMIT), in text then corpus order. */
  readonly hits: readonly CorpusHit[]
  /** All occurrences found, which may be more than the hits listed. */
  readonly total: number
  readonly active: number
  readonly error: string | null
  readonly busy: boolean
  /** Bumped to ask the panel to focus its query field again. */
  readonly focusRequest: number
}

export const HIT_LIST_LIMIT = 2000
const SEARCH_DEBOUNCE_MS = 200
/** Texts from this many UTF-16 units on are searched after a pause in the typing, not on each key. */
const LONG_TEXT = 100_000

const CLOSED: SearchState = { open: false, query: '', options: DEFAULT_SEARCH_OPTIONS, scope: 'document', hits: [], total: 0, active: -1, error: null, busy: false, focusRequest: 0 }

/**
 * The search panel: the query, its options and scope, the hits and the current one. In the
 * document the search runs here on every keystroke; across the corpus the server runs it
 * (debounced, stale answers dropped). Going to a hit opens its document and selects the
 * hit's text, so a label hotkey then labels it.
 */
export class SearchStore extends Store<SearchState> {
  private runCount = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private shownDocumentId: string | null

  constructor(
    private readonly api: GoldspanApi,
    private readonly session: SessionStore,
    private readonly selection: SelectionStore
  ) {
    super(CLOSED)
    this.shownDocumentId = session.getState().currentDocumentId
    session.subscribe(() => {
      const { currentDocumentId } = session.getState()
      if (currentDocumentId === this.shownDocumentId) return
      this.shownDocumentId = currentDocumentId
      if (this.getState().open && this.getState().scope === 'document') this.run()
      else this.highlight()
    })
  }

  /** Opens the panel (or focuses it again); a selected text becomes the query. */
  openPanel(scope?: SearchScope): void {
    const state = this.getState()
    const document = this.session.getState().document
    const { anchor, head } = this.selection.getState()
    const selected = document && anchor && head ? document.text.slice(Math.min(anchor.start, head.start), Math.max(anchor.end, head.end)) : ''
    const query = selected.length > 0 && selected.length <= 200 && !selected.includes('\n') ? selected : state.query
    this.update({ open: true, scope: scope ?? state.scope, query, focusRequest: state.focusRequest + 1 })
    this.run()
  }

  close(): void {
    window.clearTimeout(this.timer)
    this.runCount++
    this.update({ open: false, busy: false })
    searchHighlightsOf(this.selection).clear()
  }

  setQuery(query: string): void {
    this.update({ query })
    this.run()
  }

  setOption(name: keyof SearchOptions, value: boolean): void {
    this.update({ options: { ...this.getState().options, [name]: value } })
    this.run()
  }

  setScope(scope: SearchScope): void {
    this.update({ scope })
    this.run()
  }

  /** Moves to the next (1) or previous (-1) hit, wrapping around. */
  async step(direction: 1 | -1): Promise<void> {
    const { hits, active } = this.getState()
    if (hits.length === 0) return
    const from = active < 0 ? (direction === 1 ? -1 : 0) : active
    await this.goTo((from + direction + hits.length) % hits.length)
  }

  /** Makes hit `index` current: opens its document if needed, selects its text and scrolls to it. */
  async goTo(index: number): Promise<void> {
    const hit = this.getState().hits[index]
    if (!hit) return
    this.update({ active: index })
    if (this.session.getState().currentDocumentId !== hit.documentId) await this.session.openDocument(hit.documentId)
    if (this.session.getState().currentDocumentId !== hit.documentId || this.getState().active !== index) return
    this.selection.setRange({ start: hit.start, end: hit.end }, { start: hit.start, end: hit.end }, { reveal: true })
    this.highlight()
  }

  /** Runs the search again (after an edit elsewhere, e.g. annotate-all). */
  run(): void {
    window.clearTimeout(this.timer)
    const run = ++this.runCount
    const { query, options, scope, open } = this.getState()
    if (!open || query.length === 0) return this.showHits([], 0, null)
    if (scope === 'document') {
      const document = this.session.getState().document
      if (!document) return this.showHits([], 0, null)
      const search = (): void => {
        if (run !== this.runCount) return
        try {
          const ranges = findOccurrences(document.text, query, options)
          const hits = ranges.slice(0, HIT_LIST_LIMIT).map((range) => ({ documentId: document.id, ...range, ...occurrenceContext(document.text, range) }))
          this.showHits(hits, ranges.length, null)
        } catch (error) {
          this.showHits([], 0, (error as Error).message)
        }
      }
      // A long text takes a few hundred ms per search: wait for a pause in the typing.
      if (document.text.length < LONG_TEXT) return search()
      this.update({ busy: true })
      this.timer = setTimeout(search, SEARCH_DEBOUNCE_MS)
      return
    }
    this.update({ busy: true })
    this.timer = setTimeout(() => {
      this.api['corpus:search']({ query, options, limit: HIT_LIST_LIMIT }).then(
        (result) => run === this.runCount && this.showHits(result.hits, result.total, null),
        (error: unknown) => run === this.runCount && this.showHits([], 0, error instanceof Error ? error.message : String(error))
      )
    }, SEARCH_DEBOUNCE_MS)
  }

  private showHits(hits: readonly CorpusHit[], total: number, error: string | null): void {
    const current = this.session.getState().currentDocumentId
    // Start from the first hit at or after the cursor in the open document, as editors do.
    const at = this.selection.getState().head?.start ?? 0
    const next = hits.findIndex((hit) => hit.documentId === current && hit.start >= at)
    this.update({ hits, total, error, busy: false, active: hits.length === 0 ? -1 : Math.max(0, next) })
    this.highlight()
  }

  private highlight(): void {
    const { hits, active, open } = this.getState()
    const documentId = this.session.getState().currentDocumentId
    if (!open || documentId === null) return searchHighlightsOf(this.selection).clear()
    const inDocument = hits.filter((hit) => hit.documentId === documentId)
    const activeHit = hits[active]
    searchHighlightsOf(this.selection).show({ documentId, ranges: inDocument, active: activeHit ? inDocument.indexOf(activeHit) : -1 })
  }
}
