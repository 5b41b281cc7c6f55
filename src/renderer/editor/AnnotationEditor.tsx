import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import type { EditorView } from '@tiptap/pm/view'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo } from 'react'
import type { Schema } from '../../core/schema'
import type { AnnotationCommands } from '../state/annotationCommands'
import type { DocumentStore } from '../state/documentStore'
import { selectionRange, type SelectionStore } from '../state/selectionStore'
import { buildDocumentJson } from './buildDocumentJson'
import { layoutFor } from './layoutFor'
import { linkLayerKey } from './linkLayer'
import { linkTags } from './linkTags'
import { sectionViewportKey, type SectionViewportChange } from './sectionViewport'
import { selectionLayerKey } from './selectionLayer'
import { SpanAnnotations } from './spanAnnotationsExtension'
import { SearchLayer } from '../search/searchLayer'
import { SuggestionLayer } from '../suggestions/suggestionLayer'
import { suggestionStoreFor } from '../suggestions/suggestionServices'
import { TextSection } from './textSection'
import { spanLayerKey, type SpanPaint } from './spanDecorations'
import type { TextLayout } from './textLayout'
import type { TextRange } from './wordBoundaries'

interface AnnotationEditorProps {
  readonly document: DocumentStore
  readonly selection: SelectionStore
  readonly commands: AnnotationCommands
  readonly schema: Schema
}

const REVEAL_MARGIN_PX = 48

/** What the span layer should show now; the same arrays and map as last time mean nothing to redraw. */
function spanPaint(document: DocumentStore, selection: SelectionStore, colors: ReadonlyMap<string, string>): SpanPaint {
  return { spans: document.getState().annotations.spans, colors, selectedSpanId: selection.getState().selectedSpanId }
}

/** The sections the text selection starts and ends in: drawn even when away from the viewport, so they can be revealed. */
function selectedSections(layout: TextLayout, range: TextRange | null): ReadonlySet<number> {
  if (!range) return new Set()
  return new Set([range.start, range.end].map((offset) => layout.sectionOfOffset(offset)))
}

/** Scrolls the editor's scroll box just enough to show the text at `offset`. */
function reveal(view: EditorView, layout: TextLayout, offset: number): void {
  const scroller = view.dom.closest('[data-scroll-box]')
  if (!scroller) return
  const coords = view.coordsAtPos(layout.toPosition(offset))
  const box = scroller.getBoundingClientRect()
  if (coords.top < box.top + REVEAL_MARGIN_PX) scroller.scrollTop -= box.top + REVEAL_MARGIN_PX - coords.top
  else if (coords.bottom > box.bottom - REVEAL_MARGIN_PX) scroller.scrollTop += coords.bottom - box.bottom + REVEAL_MARGIN_PX
}

/**
 * The document's text in a read-only Tiptap editor, with the spans and the selection drawn
 * as decorations. The stores are the truth; every change of theirs is sent to the editor
 * as a transaction carrying only decoration meta (the text never changes).
 */
export function AnnotationEditor({ document, selection, commands, schema }: AnnotationEditorProps) {
  const layout = layoutFor(document)
  const colors = useMemo(
    () => new Map([...schema.entityTypes, ...schema.eventTypes].map((type) => [type.name, type.color] as const)),
    [schema]
  )
  const editor = useEditor(
    {
      extensions: [Document, TextSection, Paragraph, Text, SpanAnnotations.configure({ layout, commands, initialPaint: spanPaint(document, selection, colors) }), SearchLayer.configure({ layout, selection, documentId: document.id }), SuggestionLayer.configure({ layout, colors, store: suggestionStoreFor(document, { selection }) })],
      content: buildDocumentJson(layout),
      editable: false,
      injectCSS: false,
      editorProps: {
        attributes: {
          class: 'gs-text',
          tabindex: '0',
          role: 'textbox',
          'aria-readonly': 'true',
          'aria-multiline': 'true',
          'aria-label': `Text of ${document.id}`,
          'data-testid': 'editor',
          'data-document-id': document.id
        }
      }
    },
    [document]
  )

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const view = editor.view
    let revealed = selection.getState().reveal
    let revealFrame = 0
    let scheduled = false
    // One action often changes both stores (a new span, then its selection): paint once.
    const paint = (): void => {
      scheduled = false
      if (editor.isDestroyed) return
      const state = selection.getState()
      const spans = spanPaint(document, selection, colors)
      // A selected span shows itself; drawing the text selection over it too only muddies its colour.
      const textSelection = state.selectedSpanId === null ? selectionRange(state) : null
      // While an argument is being picked, its event stays the one whose links show.
      const mode = commands.linkMode.getState()
      const focusId = mode?.kind === 'argument' ? mode.eventId : state.selectedSpanId
      const range = selectionRange(state)
      const tags = linkTags(document.getState().annotations, focusId, focusId === state.selectedSpanId ? range?.start : undefined)
      const pinned: SectionViewportChange = { pinned: selectedSections(layout, range) }
      view.dispatch(view.state.tr.setMeta(spanLayerKey, spans).setMeta(selectionLayerKey, textSelection).setMeta(linkLayerKey, tags).setMeta(sectionViewportKey, pinned))
      if (state.reveal !== revealed) {
        revealed = state.reveal
        // Measured at the next frame, whose layout it then shares: measuring now would force a layout of its own.
        if (range) {
          cancelAnimationFrame(revealFrame)
          revealFrame = requestAnimationFrame(() => {
            if (!editor.isDestroyed) reveal(view, layout, range.start)
          })
        }
      }
    }
    const schedule = (): void => {
      if (scheduled) return
      scheduled = true
      queueMicrotask(paint)
    }
    paint()
    view.dom.focus({ preventScroll: true })
    const unsubscribeDocument = document.subscribe(schedule)
    const unsubscribeSelection = selection.subscribe(schedule)
    const unsubscribeLinkMode = commands.linkMode.subscribe(schedule)
    return () => {
      cancelAnimationFrame(revealFrame)
      unsubscribeDocument()
      unsubscribeSelection()
      unsubscribeLinkMode()
    }
  }, [editor, document, selection, commands, colors, layout])

  return (
    <div className="gs-editor-scroll" data-scroll-box>
      <EditorContent editor={editor} className="gs-editor" />
    </div>
  )
}
