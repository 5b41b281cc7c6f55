import type { AnnotationCommands, CursorMove } from '../state/annotationCommands'
import type { TextRange } from './wordBoundaries'

const ARROWS: Readonly<Record<string, CursorMove>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }

/**
 * Keys that act on the text: arrows move the word cursor (Shift extends), Tab cycles spans,
 * Delete/Backspace removes the selected span, Escape clears, a label's hotkey labels.
 * Returns true when the key was used (the caller then prevents the default).
 */
export function handleEditorKey(
  event: KeyboardEvent,
  commands: AnnotationCommands,
  verticalTarget?: (head: TextRange, direction: 1 | -1) => number | null
): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false
  const move = ARROWS[event.key]
  if (move) {
    commands.moveCursor(move, event.shiftKey, verticalTarget)
    return true
  }
  switch (event.key) {
    case 'Tab':
      commands.cycleSpan(event.shiftKey ? -1 : 1)
      return true
    case 'Delete':
    case 'Backspace':
      commands.deleteSelectedSpan()
      return true
    case 'Escape':
      commands.clear()
      return true
  }
  if (event.key.length === 1 && !event.shiftKey && commands.labelByHotkey(event.key.toLowerCase())) return true
  // Digit hotkeys by key position, so they work on AZERTY too, where digits need Shift.
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)
  return digit ? commands.labelByHotkey(digit[1] as string) : false
}
