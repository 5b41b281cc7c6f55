import type { ReviewStore } from './reviewStore'

export interface ReviewKeyContext {
  /** The schema's labels (entity then event types), for the edit's label. */
  readonly labels: readonly string[]
  /** Back to the annotate screen. */
  readonly leave: () => void
}

/** `Digit1`…`Digit9` → 0…8, whatever the keyboard layout prints on the key (Shift+1 is `!` on US, `1` on AZERTY). */
function digitIndex(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)
  if (match) return Number(match[1]) - 1
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : null
}

/** Keys while an edit is open: boundaries by arrows or from a version, label by ↑/↓, Enter to commit. */
function handleEditKey(event: KeyboardEvent, store: ReviewStore, context: ReviewKeyContext): boolean {
  const digit = digitIndex(event)
  if (digit !== null) {
    store.takeEditEdge(digit, event.shiftKey ? 'end' : 'start')
    return true
  }
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      store.moveEditEdge(event.shiftKey ? 'end' : 'start', event.key === 'ArrowLeft' ? -1 : 1)
      return true
    case 'ArrowUp':
    case 'ArrowDown':
      store.cycleEditLabel(context.labels, event.key === 'ArrowUp' ? -1 : 1)
      return true
    case 'Enter':
      store.commitEdit()
      return true
    case 'Escape':
      store.cancelEdit()
      return true
    default:
      return false
  }
}

/**
 * The review screen's keys (see docs/agreement.md, "Review view"). Returns true when the
 * key was handled, so the caller stops it from reaching the annotation editor.
 */
export function handleReviewKey(event: KeyboardEvent, store: ReviewStore, context: ReviewKeyContext): boolean {
  if (event.altKey || event.isComposing) return false
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (mod) {
    if (key === 'z' && !event.shiftKey) store.undo()
    else if ((key === 'z' && event.shiftKey) || (event.ctrlKey && key === 'y')) store.redo()
    else return false
    return true
  }
  if (store.getState().draft) return handleEditKey(event, store, context)
  const digit = digitIndex(event)
  if (digit !== null && !event.shiftKey) {
    store.acceptVersion(digit)
    return true
  }
  switch (event.key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      store.moveUnit(1)
      return true
    case 'k':
    case 'K':
    case 'ArrowUp':
      store.moveUnit(-1)
      return true
    case 'Escape':
      context.leave()
      return true
  }
  switch (key) {
    case 'b':
      store.acceptAllVersions()
      return true
    case 'n':
      store.rejectVersions()
      return true
    case 'e':
      store.startEdit()
      return true
    case 'a':
      store.acceptAgreed()
      return true
    case 'd':
      store.toggleAdjudicated()
      return true
    default:
      return false
  }
}
