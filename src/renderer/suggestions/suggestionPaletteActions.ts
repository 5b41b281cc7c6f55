import { importExportDialogsOf } from '../importExport/dialogStore'
import type { AppServices } from '../state/appServices'
import { runSuggestionAction, SUGGESTION_SHORTCUTS } from './suggestionKeys'

/** The palette's entries for pre-annotation and the Import dialog, in the palette's action shape. */
export function suggestionPaletteActions(services: AppServices): { id: string; title: string; shortcut: string; run: () => void }[] {
  return [
    { id: 'import', title: 'Import annotations or a model’s suggestions…', shortcut: '', run: () => importExportDialogsOf(services).show('import') },
    { id: 'suggestion-next', title: 'Next suggestion', shortcut: SUGGESTION_SHORTCUTS.next, run: () => runSuggestionAction(services, 'next') },
    { id: 'suggestion-previous', title: 'Previous suggestion', shortcut: SUGGESTION_SHORTCUTS.previous, run: () => runSuggestionAction(services, 'previous') },
    { id: 'suggestion-accept', title: 'Accept the current suggestion', shortcut: SUGGESTION_SHORTCUTS.accept, run: () => runSuggestionAction(services, 'accept') },
    { id: 'suggestion-reject', title: 'Reject the current suggestion', shortcut: SUGGESTION_SHORTCUTS.reject, run: () => runSuggestionAction(services, 'reject') },
    { id: 'suggestion-accept-label', title: 'Accept every suggestion of the current one’s label in this document', shortcut: SUGGESTION_SHORTCUTS.acceptLabel, run: () => runSuggestionAction(services, 'acceptLabel') }
  ]
}
