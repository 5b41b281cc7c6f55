import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { suggestionKey } from '../../core/model'
import type { TextLayout } from '../editor/textLayout'
import type { SuggestionState, SuggestionStore } from './suggestionStore'
import './suggestions.css'

const suggestionLayerKey = new PluginKey<DecorationSet>('goldspanSuggestions')

/** Pending suggestions as dashed outlines in their label's colour (no fill, so spans stay readable); the current one thicker. */
function buildDecorations(state: SuggestionState, layout: TextLayout, colors: ReadonlyMap<string, string>): Decoration[] {
  return state.pending.map((suggestion) => {
    const key = suggestionKey(suggestion)
    return Decoration.inline(layout.toPosition(suggestion.start), layout.toPosition(suggestion.end), {
      nodeName: 'span',
      class: key === state.currentKey ? 'gs-suggestion gs-suggestion--current' : 'gs-suggestion',
      style: `--gs-suggestion-color: ${colors.get(suggestion.label) ?? '#888'}`,
      title: `Suggested ${suggestion.label} by ${suggestion.model} (Shift+Y accept, Shift+X reject)`,
      'data-testid': 'suggestion',
      'data-suggestion': key
    })
  })
}

export interface SuggestionLayerOptions {
  readonly layout: TextLayout | null
  readonly store: SuggestionStore | null
  readonly colors: ReadonlyMap<string, string>
}

/**
 * Draws a document's pending suggestions, redrawn whenever its SuggestionStore changes
 * (a load, an accept or reject, an undo). Read-only: the keys act through the store.
 */
export const SuggestionLayer = Extension.create<SuggestionLayerOptions>({
  name: 'goldspanSuggestions',

  addOptions() {
    return { layout: null, store: null, colors: new Map() }
  },

  addProseMirrorPlugins() {
    const { layout, store, colors } = this.options
    if (!layout || !store) return []
    return [
      new Plugin<DecorationSet>({
        key: suggestionLayerKey,
        state: {
          init: (_config, state) => DecorationSet.create(state.doc, buildDecorations(store.getState(), layout, colors)),
          apply(tr, set, _oldState, newState) {
            const next = tr.getMeta(suggestionLayerKey) as SuggestionState | undefined
            return next === undefined ? set : DecorationSet.create(newState.doc, buildDecorations(next, layout, colors))
          }
        },
        props: { decorations: (state) => suggestionLayerKey.getState(state) },
        view: (view) => ({
          destroy: store.subscribe(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(suggestionLayerKey, store.getState()))
          })
        })
      })
    ]
  }
})
