import type { AppServices } from '../state/appServices'
import { Store } from '../state/store'
import './importExport.css'

export type OpenDialog = 'import' | 'export' | null

/** Which of the Import and Export dialogs is open. */
export class ImportExportDialogs extends Store<{ readonly open: OpenDialog }> {
  show(open: OpenDialog): void {
    if (open !== this.getState().open) this.setState({ open })
  }
}

const stores = new WeakMap<AppServices, ImportExportDialogs>()

export function importExportDialogsOf(services: AppServices): ImportExportDialogs {
  let store = stores.get(services)
  if (!store) {
    store = new ImportExportDialogs({ open: null })
    stores.set(services, store)
  }
  return store
}
