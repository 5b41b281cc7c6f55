import type { EditorView } from '@tiptap/pm/view'
import type { TextLayout } from './textLayout'
import type { TextRange } from './wordBoundaries'

/**
 * The text offset one visual line above or below `head`, found by asking the view for the
 * position under the point one line-height away: wrapped paragraphs move line by line as
 * the eye expects. Null when that point is off screen or outside the text.
 */
export function findVerticalTarget(view: EditorView, layout: TextLayout, head: TextRange, direction: 1 | -1): number | null {
  try {
    const coords = view.coordsAtPos(layout.toPosition(head.start))
    const lineHeight = parseFloat(getComputedStyle(view.dom).lineHeight) || (coords.bottom - coords.top) * 2
    const middle = (coords.top + coords.bottom) / 2
    const found = view.posAtCoords({ left: coords.left + 1, top: middle + direction * lineHeight })
    return found ? layout.toOffset(found.pos) : null
  } catch {
    return null
  }
}
