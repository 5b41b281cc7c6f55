import type { AnnotationCommands, CursorMove } from '../state/annotationCommands'
import type { TextRange } from './wordBoundaries'

const ARROWS: Readonly<Record<string, CursorMove>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }

/**
 * Keys that act on the text: arrows move the word cursor (Shift extends), Tab cycles spans,
 * Delete/Backspace removes the selected span, Escape clears, a label's hotkey labels.
 * Shift+A (selected event) and Shift+L (selected span) start a link to the span selected
 * next; while one is being made, digits 1–9 pick its role or relation type and Enter the
 * first. Upper-case letters are free: label hotkeys are lower-case. Returns true when the key was used (the caller then prevents the default).
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
      commands.escape()
      return true
    case 'A':
    case 'L':
      // With Shift only: Caps Lock must leave the lower-case label hotkeys working.
      if (!event.shiftKey) break
      if (event.key === 'A') commands.startArgument()
      else commands.startRelation()
      return true
    case 'Enter':
      return !event.shiftKey && commands.chooseLink(0)
  }
  // Digits by key position, so they work on AZERTY too, where digits need Shift.
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1]
  if (digit && digit !== '0' && commands.chooseLink(Number(digit) - 1)) return true
  if (event.key.length === 1 && !event.shiftKey && commands.labelByHotkey(event.key.toLowerCase())) return true
  return digit ? commands.labelByHotkey(digit) : false
}
