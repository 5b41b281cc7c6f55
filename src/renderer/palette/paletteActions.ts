import { exportProject } from '../components/exportProject'
import { reviewStoreFor } from '../review/reviewStoreFor'
import { searchServicesOf } from '../search/searchServices'
import { suggestionPaletteActions } from '../suggestions/suggestionPaletteActions'
import type { AppServices } from '../state/appServices'
import { goToSpanOfLabel, goToUnannotatedParagraph } from './navigationCommands'

/** One thing the palette can run, with the key that does the same outside it. */
export interface PaletteAction {
  readonly id: string
  readonly title: string
  readonly shortcut: string
  readonly run: () => void
}

export const MOD = typeof navigator !== 'undefined' && navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'

/** Annotate-all from the selected span: every other occurrence of its text, same case and accents, whole words. */
export function annotateAllFromSelection(services: AppServices, scope: 'document' | 'corpus'): void {
  const document = services.session.getState().document
  const span = document?.findSpan(services.selection.getState().selectedSpanId)
  if (!span) return services.view.setNotice('Select a span first: annotate-all labels every other occurrence of its text with its label.')
  void searchServicesOf(services).annotateAll.planFromSpan(span, scope)
}

/** Undo or redo on the screen shown: the annotated document's, the review's decisions, or nothing (agreement), as the keys do. */
function undoOnScreen(services: AppServices, direction: 'undo' | 'redo'): void {
  const screen = services.view.getState().screen
  if (screen === 'annotate') return services.commands[direction]()
  if (screen === 'review') reviewStoreFor(services)[direction]()
}

/** Every action of the app, in the order the palette lists them, label hotkeys last. */
export function paletteActions(services: AppServices): PaletteAction[] {
  const { session, commands, view } = services
  const { search } = searchServicesOf(services)
  const schema = session.getState().project?.schema
  const labels = schema ? [...schema.entityTypes, ...schema.eventTypes] : []
  return [
    { id: 'search-document', title: 'Search in this document', shortcut: `${MOD}+F`, run: () => search.openPanel('document') },
    { id: 'search-corpus', title: 'Search the whole corpus', shortcut: `${MOD}+Shift+F`, run: () => search.openPanel('corpus') },
    { id: 'search-next', title: 'Next search hit', shortcut: 'F3', run: () => void search.step(1) },
    { id: 'search-previous', title: 'Previous search hit', shortcut: 'Shift+F3', run: () => void search.step(-1) },
    { id: 'annotate-all-document', title: 'Annotate all occurrences of the selected span in this document…', shortcut: 'Alt+A', run: () => annotateAllFromSelection(services, 'document') },
    { id: 'annotate-all-corpus', title: 'Annotate all occurrences of the selected span in the corpus…', shortcut: 'Alt+Shift+A', run: () => annotateAllFromSelection(services, 'corpus') },
    { id: 'next-document', title: 'Next document', shortcut: 'Alt+PageDown', run: () => void session.openRelative(1) },
    { id: 'previous-document', title: 'Previous document', shortcut: 'Alt+PageUp', run: () => void session.openRelative(-1) },
    { id: 'done-next', title: 'Mark done and open the next document', shortcut: `${MOD}+Enter`, run: () => void commands.markDoneAndNext(session.getState().documents) },
    { id: 'next-span-label', title: 'Next span with the selected span’s label', shortcut: 'Alt+↓', run: () => goToSpanOfLabel(services, 1) },
    { id: 'previous-span-label', title: 'Previous span with the selected span’s label', shortcut: 'Alt+↑', run: () => goToSpanOfLabel(services, -1) },
    { id: 'next-unannotated', title: 'Next paragraph without spans', shortcut: 'Alt+Shift+↓', run: () => goToUnannotatedParagraph(services, 1) },
    { id: 'previous-unannotated', title: 'Previous paragraph without spans', shortcut: 'Alt+Shift+↑', run: () => goToUnannotatedParagraph(services, -1) },
    { id: 'next-span', title: 'Next span', shortcut: 'Tab', run: () => commands.cycleSpan(1) },
    { id: 'previous-span', title: 'Previous span', shortcut: 'Shift+Tab', run: () => commands.cycleSpan(-1) },
    { id: 'delete-span', title: 'Delete the selected span', shortcut: 'Delete', run: () => commands.deleteSelectedSpan() },
    { id: 'undo', title: 'Undo', shortcut: `${MOD}+Z`, run: () => undoOnScreen(services, 'undo') },
    { id: 'redo', title: 'Redo', shortcut: `${MOD}+Shift+Z`, run: () => undoOnScreen(services, 'redo') },
    { id: 'export', title: 'Export annotations…', shortcut: `${MOD}+E`, run: () => void exportProject(services) },
    ...suggestionPaletteActions(services),
    { id: 'snap', title: 'Toggle snap to words', shortcut: 'Alt+drag for exact', run: () => view.toggleSnap() },
    { id: 'screen-annotate', title: 'Go to the annotation screen', shortcut: '', run: () => view.setScreen('annotate') },
    { id: 'screen-review', title: 'Go to the review of disagreements', shortcut: '', run: () => view.setScreen('review') },
    { id: 'screen-agreement', title: 'Go to the agreement charts', shortcut: '', run: () => view.setScreen('agreement') },
    { id: 'help', title: 'Keyboard shortcuts', shortcut: '?', run: () => view.setHelpOpen(true) },
    ...labels.map((type) => ({ id: `label-${type.name}`, title: `Label the selection as ${type.name}`, shortcut: type.hotkey ?? '', run: () => commands.label(type.name) }))
  ]
}
