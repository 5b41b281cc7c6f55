import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { TextLayout } from './textLayout'
import type { TextRange } from './wordBoundaries'

export const selectionLayerKey = new PluginKey<DecorationSet>('goldspanSelection')

/**
 * Draws the annotator's text selection (the word cursor or a snapped mouse selection). The
 * editor is not editable, so this replaces the browser's caret and selection highlight.
 * Send a TextRange, or null to clear, as transaction meta.
 */
export function createSelectionLayerPlugin(layout: TextLayout): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: selectionLayerKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set, _oldState, newState) {
        const range = tr.getMeta(selectionLayerKey) as TextRange | null | undefined
        if (range === undefined) return set
        if (range === null || range.start === range.end) return DecorationSet.empty
        const decoration = Decoration.inline(layout.toPosition(range.start), layout.toPosition(range.end), {
          nodeName: 'span',
          class: 'gs-selection',
          'data-testid': 'text-selection'
        })
        return DecorationSet.create(newState.doc, [decoration])
      }
    },
    props: {
      decorations: (state) => selectionLayerKey.getState(state)
    }
  })
}
