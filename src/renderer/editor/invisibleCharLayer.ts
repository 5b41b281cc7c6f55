import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { TextLayout } from './textLayout'

/**
 * Bidi controls (which would reorder the text around them: "\u202Eevil" reads "live") and
 * zero-width characters (which hide inside words). They stay in the text, since offsets
 * count them, but each is isolated (unicode-bidi: isolate ends its effect at once) and
 * shown as a small code label, so the annotator sees the text as it really is.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

export function findInvisibleChars(text: string): number[] {
  const offsets: number[] = []
  for (const match of text.matchAll(INVISIBLE)) offsets.push(match.index)
  return offsets
}

function codeLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

export function createInvisibleCharLayerPlugin(layout: TextLayout): Plugin<DecorationSet> {
  const key = new PluginKey<DecorationSet>('goldspanInvisibleChars')
  return new Plugin<DecorationSet>({
    key,
    state: {
      // The text never changes, so the set is built once.
      init: (_config, state) =>
        DecorationSet.create(
          state.doc,
          findInvisibleChars(layout.text).map((offset) =>
            Decoration.inline(layout.toPosition(offset), layout.toPosition(offset + 1), {
              nodeName: 'span',
              class: 'gs-invisible',
              'data-char': codeLabel(layout.text.charAt(offset))
            })
          )
        ),
      apply: (_tr, set) => set
    },
    props: {
      decorations: (state) => key.getState(state)
    }
  })
}
