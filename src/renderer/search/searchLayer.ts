import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { TextLayout } from '../editor/textLayout'
import type { SelectionStore } from '../state/selectionStore'
import { searchHighlightsOf, type SearchHighlightState } from './searchHighlights'

export const searchLayerKey = new PluginKey<DecorationSet>('goldspanSearch')

/** Hits further than this from the current one are not drawn: a regex matching every letter stays cheap. */
const MAX_DRAWN = 2000

function decorate(layout: TextLayout, state: SearchHighlightState): Decoration[] {
  const from = Math.max(0, state.active - MAX_DRAWN / 2)
  return state.ranges.slice(from, from + MAX_DRAWN).map((range, index) =>
    Decoration.inline(layout.toPosition(range.start), layout.toPosition(range.end), {
      nodeName: 'span',
      class: from + index === state.active ? 'gs-search-hit gs-search-hit--active' : 'gs-search-hit',
      'data-testid': 'search-hit'
    })
  )
}

export interface SearchLayerOptions {
  readonly layout: TextLayout | null
  readonly selection: SelectionStore | null
  readonly documentId: string | null
}

/**
 * Draws the search panel's hits in the open document as decorations, the current one
 * stronger. The plugin view follows the highlight store and sends each change as meta.
 */
export const SearchLayer = Extension.create<SearchLayerOptions>({
  name: 'goldspanSearchLayer',

  addOptions() {
    return { layout: null, selection: null, documentId: null }
  },

  addProseMirrorPlugins() {
    const { layout, selection, documentId } = this.options
    if (!layout || !selection) throw new Error('SearchLayer needs a text layout and the selection store')
    const highlights = searchHighlightsOf(selection)
    const forThisDocument = (): SearchHighlightState | null => {
      const state = highlights.getState()
      return state.documentId === documentId ? state : null
    }
    return [
      new Plugin<DecorationSet>({
        key: searchLayerKey,
        state: {
          init: (_config, state) => {
            const shown = forThisDocument()
            return shown ? DecorationSet.create(state.doc, decorate(layout, shown)) : DecorationSet.empty
          },
          apply(tr, set, _oldState, newState) {
            const shown = tr.getMeta(searchLayerKey) as SearchHighlightState | null | undefined
            if (shown === undefined) return set
            return shown === null ? DecorationSet.empty : DecorationSet.create(newState.doc, decorate(layout, shown))
          }
        },
        props: { decorations: (state) => searchLayerKey.getState(state) },
        view: (view) => ({
          destroy: highlights.subscribe(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(searchLayerKey, forThisDocument()))
          })
        })
      })
    ]
  }
})
