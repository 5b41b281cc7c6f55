/** The keyboard summary of Help › Keyboard Shortcuts (issue 4's annotating keys). */
export const KEYBOARD_SHORTCUTS: readonly (readonly [keys: string, action: string])[] = [
  ['Select text, then a label hotkey', 'create a span with that label'],
  ['Alt while selecting', 'select exact characters instead of whole words'],
  ['← / →', 'move the word cursor'],
  ['Shift + ← / →', 'extend the selection by a word'],
  ['Tab / Shift + Tab', 'next / previous span'],
  ['Label hotkey on a selected span', 'relabel it'],
  ['Delete', 'delete the selected span'],
  ['Ctrl/Cmd + Z, Ctrl/Cmd + Shift + Z', 'undo, redo'],
  ['Ctrl/Cmd + Enter', 'mark the document done and open the next'],
  ['Ctrl/Cmd + PageDown / PageUp', 'next / previous document'],
  ['Ctrl/Cmd + E', 'export']
]

export function formatKeyboardShortcuts(): string {
  return KEYBOARD_SHORTCUTS.map(([keys, action]) => `${keys}: ${action}`).join('\n')
}
