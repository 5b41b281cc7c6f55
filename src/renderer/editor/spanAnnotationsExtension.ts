import { createDocument, Extension } from '@tiptap/core'
import { EditorState, Plugin, PluginKey } from '@tiptap/pm/state'
import type { AnnotationCommands } from '../state/annotationCommands'
import { handleEditorKey } from './editorKeys'
import { createBrowserSelectionIgnoredPlugin } from './browserSelectionIgnored'
import { createInvisibleCharLayerPlugin } from './invisibleCharLayer'
import { createLinkLayerPlugin } from './linkLayer'
import { handlePointerUp, type PointerStart } from './pointerSelection'
import { findVerticalTarget } from './verticalTarget'
import { createReadOnlyGuardPlugin } from './readOnlyGuard'
import { createSectionViewportPlugin } from './sectionViewport'
import { createSelectionLayerPlugin } from './selectionLayer'
import { createSpanLayerPlugin, type SpanPaint } from './spanDecorations'
import type { TextLayout } from './textLayout'

export interface SpanAnnotationsOptions {
  readonly layout: TextLayout | null
  readonly commands: AnnotationCommands | null
  /** The spans to draw from the first render (see createSpanLayerPlugin). */
  readonly initialPaint: SpanPaint | null
}

/**
 * Goldspan's editor behaviour as one Tiptap extension: the read-only guard, ProseMirror kept
 * from reading the browser's selection, the drawing of only the sections near the viewport,
 * the invisible character, span, selection and link layers (decorations, never marks), and
 * mouse and keyboard input turned into annotation commands.
 */
export const SpanAnnotations = Extension.create<SpanAnnotationsOptions>({
  name: 'goldspanSpanAnnotations',

  addOptions() {
    return { layout: null, commands: null, initialPaint: null }
  },

  /**
   * Tiptap builds its view from a first state without plugins and adds them just after:
   * at 10k spans the text's DOM was built bare, then patched with every span (two thirds
   * of opening 1 MB). A first state that already has the plugins makes the view build the
   * DOM once, spans included; adding the plugins then keeps the layers' states, whose
   * keys are the same, so nothing is redrawn. Tiptap keeps a state set before it creates one.
   */
  onBeforeCreate() {
    const editor = this.editor
    const doc = createDocument(editor.options.content, editor.schema, editor.options.parseOptions)
    ;(editor as unknown as { editorState: EditorState }).editorState = EditorState.create({ doc, schema: editor.schema, plugins: editor.extensionManager.plugins })
  },

  addProseMirrorPlugins() {
    const { layout, commands, initialPaint } = this.options
    if (!layout || !commands) throw new Error('SpanAnnotations needs a text layout and the annotation commands')
    let pointerStart: PointerStart | null = null
    const input = new Plugin({
      key: new PluginKey('goldspanInput'),
      props: {
        handleDOMEvents: {
          mousedown: (_view, event) => {
            pointerStart = event.button === 0 ? { x: event.clientX, y: event.clientY } : null
            return false
          },
          mouseup: (view, event) => {
            const handled = handlePointerUp(view, layout, event, pointerStart, commands)
            pointerStart = null
            return handled
          },
          keydown: (view, event) => {
            if (!handleEditorKey(event, commands, (head, direction) => findVerticalTarget(view, layout, head, direction))) return false
            event.preventDefault()
            return true
          }
        }
      }
    })
    return [createReadOnlyGuardPlugin(), createBrowserSelectionIgnoredPlugin(), createSectionViewportPlugin(layout), createInvisibleCharLayerPlugin(layout), createSpanLayerPlugin(layout, initialPaint), createSelectionLayerPlugin(layout), createLinkLayerPlugin(layout), input]
  }
})
