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
  ['Ctrl/Cmd + E', 'export'],
  ['Ctrl/Cmd + K', 'command palette: every action with its shortcut'],
  ['Ctrl/Cmd + F, Ctrl/Cmd + Shift + F', 'search the document, the corpus (F3: next hit)'],
  ['Alt + A, Alt + Shift + A', 'annotate every other occurrence of the selected span in the document, the corpus'],
  ['Alt + ↓ / ↑, Alt + Shift + ↓ / ↑', 'next / previous span of the label, paragraph without spans']
]

export function formatKeyboardShortcuts(): string {
  return KEYBOARD_SHORTCUTS.map(([keys, action]) => `${keys}: ${action}`).join('\n')
}
