import { useServices } from '../components/servicesContext'
import { useStore } from '../state/useStore'
import { importExportDialogsOf } from './dialogStore'
import { ExportDialog } from './ExportDialog'
import { ImportDialog } from './ImportDialog'

/** Whichever of the Import and Export dialogs is open. */
export function ImportExportDialogs() {
  const services = useServices()
  const open = useStore(importExportDialogsOf(services), (state) => state.open)
  if (open === 'import') return <ImportDialog />
  if (open === 'export') return <ExportDialog />
  return null
}
