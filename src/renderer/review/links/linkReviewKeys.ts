import type { LinkReviewStore } from './linkReviewStore'

export interface LinkKeyContext {
  /** Label of each schema hotkey (lower case), for the Document view. */
  readonly hotkeys: ReadonlyMap<string, string>
}

// Keys of the units step that mean nothing in the other views: kept from acting on a unit out of sight.
const UNIT_ONLY = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'e', 'j', 'k', 'n', 'arrowup', 'arrowdown', 'enter'])

/**
 * Keys of the links step and the Document view, and V / L in every view (see
 * docs/agreement.md, "Review view"). Returns true when the key was handled or swallowed; false
 * hands it to the units step's keys (undo/redo, D, Esc, and the unit keys in the units step).
 */
export function handleLinkViewKey(event: KeyboardEvent, store: LinkReviewStore, context: LinkKeyContext): boolean {
  if (event.altKey || event.isComposing || event.ctrlKey || event.metaKey) return false
  const key = event.key.toLowerCase()
  const { view } = store.getState()
  if (view === 'document') return handleDocumentKey(event, store, context)
  if (key === 'v') {
    store.cycleView(event.shiftKey ? -1 : 1)
    return true
  }
  if (key === 'l') {
    store.carryAgreed()
    return true
  }
  if (view === 'units') return false
  switch (key) {
    case 'j':
    case 'arrowdown':
      store.moveLink(1)
      return true
    case 'k':
    case 'arrowup':
      store.moveLink(-1)
      return true
    case 'y':
    case 'enter':
      store.acceptCurrent()
      return true
    case 'n':
      store.rejectCurrent()
      return true
    default:
      return UNIT_ONLY.has(key)
  }
}

/**
 * The Document view: the schema's label hotkeys come first, so a label on J, D, L or V still
 * works here; Shift+V (never a label) and Esc leave the view.
 */
function handleDocumentKey(event: KeyboardEvent, store: LinkReviewStore, context: LinkKeyContext): boolean {
  const key = event.key.toLowerCase()
  const { linkFrom, linkTo } = store.getState()
  const digit = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : null
  if (linkTo !== null && digit !== null) {
    store.chooseLinkOption(digit)
    return true
  }
  if (linkFrom !== null && event.key === 'Escape') {
    store.cancelLink()
    return true
  }
  if (event.key === 'Enter') {
    store.pickLinkEnd()
    return true
  }
  const label = event.shiftKey ? undefined : context.hotkeys.get(key)
  if (label !== undefined) {
    store.applyLabel(label)
    return true
  }
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      store.moveCaret(event.key === 'ArrowLeft' ? -1 : 1, event.shiftKey)
      return true
    case 'Delete':
    case 'Backspace':
      store.removeSelectedSpan()
      return true
    case 'Escape': {
      const { selection, selectedSpanId } = store.getState()
      // Letters are labels here, so Esc is the way out: first of the selection, then of the view.
      if (selection.anchor === selection.focus && selectedSpanId === null) store.setView('units')
      else store.clearSelection()
      return true
    }
  }
  switch (key) {
    case 'v':
      store.cycleView(event.shiftKey ? -1 : 1)
      return true
    case 'j':
      store.moveSpan(1)
      return true
    case 'k':
      store.moveSpan(-1)
      return true
    default:
      return UNIT_ONLY.has(key)
  }
}
