import type { TextRange } from '../../core/search'
import type { SelectionStore } from '../state/selectionStore'
import { Store } from '../state/store'

/** The search hits to draw over one document's text, and which of them is the current one. */
export interface SearchHighlightState {
  readonly documentId: string | null
  readonly ranges: readonly TextRange[]
  /** Index in `ranges` of the current hit, or -1. */
  readonly active: number
}

export class SearchHighlightStore extends Store<SearchHighlightState> {
  constructor() {
    super({ documentId: null, ranges: [], active: -1 })
  }

  show(state: SearchHighlightState): void {
    this.setState(state)
  }

  clear(): void {
    if (this.getState().ranges.length > 0) this.setState({ documentId: null, ranges: [], active: -1 })
  }
}

const stores = new WeakMap<SelectionStore, SearchHighlightStore>()

/**
 * The highlights drawn in the editor that shows `selection`: the search panel writes them,
 * the editor's search layer reads them. Keyed by the selection store, which the app and the
 * editor share, so neither has to be handed another object.
 */
export function searchHighlightsOf(selection: SelectionStore): SearchHighlightStore {
  let store = stores.get(selection)
  if (!store) {
    store = new SearchHighlightStore()
    stores.set(selection, store)
  }
  return store
}
