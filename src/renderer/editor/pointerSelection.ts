import type { EditorView } from '@tiptap/pm/view'
import type { AnnotationCommands } from '../state/annotationCommands'
import type { TextLayout } from './textLayout'

function offsetAtDom(view: EditorView, layout: TextLayout, node: Node, offset: number): number | null {
  if (!view.dom.contains(node)) return null
  try {
    return layout.toOffset(view.posAtDOM(node, offset))
  } catch {
    return null
  }
}

/** The ids of the spans drawn around `target` (DOM nesting follows insertion order, not size). */
function spanIdsAround(view: EditorView, target: EventTarget | null): string[] {
  const ids: string[] = []
  let element = target instanceof Element ? target : null
  while (element && element !== view.dom) {
    const id = element.getAttribute('data-span-id')
    if (id && !ids.includes(id)) ids.push(id)
    element = element.parentElement
  }
  return ids
}

const CLICK_SLOP_PX = 4

/** Where the primary button went down, to tell a click from a drag on release. */
export interface PointerStart {
  x: number
  y: number
}

/**
 * Turns a mouse gesture over the text into a command: a drag selects text (snapped to words
 * unless Alt is held), a click on a span selects it (again: the next one out), a click on
 * plain text puts the word cursor there. The browser's own selection is then cleared:
 * the selection layer draws ours.
 */
export function handlePointerUp(
  view: EditorView,
  layout: TextLayout,
  event: MouseEvent,
  start: PointerStart | null,
  commands: AnnotationCommands
): boolean {
  if (event.button !== 0) return false
  const selection = view.dom.ownerDocument.getSelection()
  // A still click (not a double click) is a click even if the browser left a selection around.
  const isClick = start !== null && event.detail <= 1 && Math.hypot(event.clientX - start.x, event.clientY - start.y) < CLICK_SLOP_PX
  if (!isClick && selection && !selection.isCollapsed && selection.anchorNode && selection.focusNode) {
    const anchor = offsetAtDom(view, layout, selection.anchorNode, selection.anchorOffset)
    const focus = offsetAtDom(view, layout, selection.focusNode, selection.focusOffset)
    selection.removeAllRanges()
    if (anchor !== null && focus !== null) commands.selectText(anchor, focus, event.altKey)
    return true
  }
  selection?.removeAllRanges()
  const spanIds = spanIdsAround(view, event.target)
  if (spanIds.length > 0) {
    commands.clickSpans(spanIds)
    return true
  }
  const position = view.posAtCoords({ left: event.clientX, top: event.clientY })
  if (position) commands.placeCursor(layout.toOffset(position.pos))
  return true
}
