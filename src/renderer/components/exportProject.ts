import { importExportDialogsOf } from '../importExport/dialogStore'
import type { AppServices } from '../state/appServices'

/** Opens the Export dialog (format, offset unit, layer, destination); the menu, palette and top bar call this. */
export async function exportProject(services: AppServices): Promise<void> {
  if (!services.session.getState().project) return
  importExportDialogsOf(services).show('export')
}
