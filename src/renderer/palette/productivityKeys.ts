import { searchServicesOf } from '../search/searchServices'
import type { AppServices } from '../state/appServices'
import { goToSpanOfLabel, goToUnannotatedParagraph } from './navigationCommands'
import { annotateAllFromSelection } from './paletteActions'
import { paletteStoreOf } from './paletteStore'

/**
 * Window-wide keys of search, annotate-all, the palette and quick navigation. `typing` is
 * true in a text field, where only the Ctrl/Cmd keys and F3 act; off the annotation screen
 * only Ctrl/Cmd+K does. Returns true when the
 * key was used (the caller then prevents the default, e.g. the browser's own find bar).
 */
export function handleProductivityKey(event: KeyboardEvent, services: AppServices, typing: boolean): boolean {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  const { search } = searchServicesOf(services)
  if (mod && !event.altKey && key === 'k') {
    paletteStoreOf(services).toggle()
    return true
  }
  // The review and agreement screens have keys of their own; search and navigation act on the editor.
  if (services.view.getState().screen !== 'annotate') return false
  if (mod && !event.altKey && key === 'f') {
    search.openPanel(event.shiftKey ? 'corpus' : 'document')
    return true
  }
  if (event.key === 'F3' && !mod) {
    void search.step(event.shiftKey ? -1 : 1)
    return true
  }
  if (typing || mod || !event.altKey) return false
  // By key position: Alt+A types "å" on a Mac keyboard.
  if (event.code === 'KeyA') annotateAllFromSelection(services, event.shiftKey ? 'corpus' : 'document')
  else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const direction = event.key === 'ArrowDown' ? 1 : -1
    if (event.shiftKey) goToUnannotatedParagraph(services, direction)
    else goToSpanOfLabel(services, direction)
  } else if (event.key === 'PageDown' || event.key === 'PageUp') void services.session.openRelative(event.key === 'PageDown' ? 1 : -1)
  else return false
  return true
}
