import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

interface DomSelectionRange {
  readonly anchorNode: Node | null
  readonly anchorOffset: number
  readonly focusNode: Node | null
  readonly focusOffset: number
}

const NO_SELECTION: DomSelectionRange = { anchorNode: null, anchorOffset: 0, focusNode: null, focusOffset: 0 }

/** ProseMirror's own way to read the browser's selection (internal to prosemirror-view, hence checked). */
type ViewWithDomSelection = EditorView & { domSelectionRange: () => DomSelectionRange }

/**
 * Tells ProseMirror there is no browser selection in this view. Goldspan's text is read-only
 * and draws its own selection (selectionLayer.ts); mouse selections are read from the document
 * directly (pointerSelection.ts). ProseMirror still read the browser's selection on every
 * update (a Chrome workaround, then to decide whether to write it), and in Chromium each read
 * after a DOM change forces a style and layout pass: about 7 ms of every label added in a
 * 10k-span document (Chromium trace: every layout during labelling was forced from there).
 */
export function createBrowserSelectionIgnoredPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('goldspanBrowserSelectionIgnored'),
    view(view) {
      const internal = view as ViewWithDomSelection
      if (typeof internal.domSelectionRange !== 'function') throw new Error('prosemirror-view no longer reads the selection through domSelectionRange: revisit browserSelectionIgnored.ts')
      internal.domSelectionRange = () => NO_SELECTION
      return {}
    }
  })
}
