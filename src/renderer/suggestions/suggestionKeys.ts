import type { AppServices } from '../state/appServices'
import { EditRefused } from '../state/documentStore'
import { suggestionServicesOf } from './suggestionServices'

/** The keys of pre-annotation, for the help overlay and the panel's button titles. */
export const SUGGESTION_SHORTCUTS = {
  next: 'Shift+N',
  previous: 'Shift+P',
  accept: 'Shift+Y',
  reject: 'Shift+X',
  acceptLabel: 'Shift+G'
} as const

export type SuggestionAction = keyof typeof SUGGESTION_SHORTCUTS

/** Runs one suggestion action on the shown document; says in the notice line what happened or why not. */
export function runSuggestionAction(services: AppServices, action: SuggestionAction): void {
  const store = suggestionServicesOf(services).current.getState().store
  const { view } = services
  if (!store || store.getState().pending.length === 0) return view.setNotice('No suggestion left in this document.')
  try {
    if (action === 'next' || action === 'previous') {
      store.step(action === 'next' ? 1 : -1)
      return view.setNotice(null)
    }
    const current = store.current ?? store.step(1)
    if (!current) return
    if (action === 'accept') store.acceptCurrent()
    else if (action === 'reject') store.rejectCurrent()
    else view.setNotice(`Accepted ${store.acceptAllOfLabel(current.label)} ${current.label} suggestion(s) of this document.`)
    if (action !== 'acceptLabel') view.setNotice(null)
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error
    view.setNotice(error.message)
  }
}

const KEYS: Readonly<Record<string, SuggestionAction>> = { N: 'next', P: 'previous', Y: 'accept', X: 'reject', G: 'acceptLabel' }

/**
 * Shift+N / Shift+P move between suggestions, Shift+Y accepts, Shift+X rejects, Shift+G
 * accepts every suggestion of the current one's label. Upper-case letters are free in the
 * editor (label hotkeys are lower-case). Returns true when the key was used.
 */
export function handleSuggestionKey(event: KeyboardEvent, services: AppServices): boolean {
  if (!event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false
  const action = KEYS[event.key]
  if (!action || !suggestionServicesOf(services).current.getState().store?.getState().all.length) return false
  runSuggestionAction(services, action)
  return true
}
