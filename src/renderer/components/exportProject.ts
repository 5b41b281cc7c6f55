import type { ChannelPayload, ExportResult } from '../../core/api/contract'
import { downloadText } from '../importExport/downloadText'
import { importExportDialogsOf } from '../importExport/dialogStore'
import { jobStoreOf } from '../progress/jobServices'
import type { AppServices } from '../state/appServices'

/** Opens the Export dialog (format, offset unit, layer, destination); the menu, palette and top bar call this. */
export async function exportProject(services: AppServices): Promise<void> {
  if (!services.session.getState().project) return
  importExportDialogsOf(services).show('export')
}

/**
 * Runs an export as a job (progress bar, Cancel); web mode downloads a file the server
 * did not write. Documents left out must never pass unnoticed: besides the dialog's list,
 * a lasting banner names each one. Throws the job's error.
 */
export async function runExport(services: AppServices, request: ChannelPayload<'project:export'>): Promise<ExportResult> {
  const result = await jobStoreOf(services).run('Exporting', { kind: 'export', request })
  if (result.content !== undefined) downloadText(result.content, result.fileName)
  const where = result.savedTo ? ` to ${result.savedTo}` : ` as ${result.fileName}`
  services.view.setNotice(`Exported ${result.documentCount} documents, ${result.spanCount} spans${where}.`)
  const skipped = result.skipped ?? []
  if (skipped.length > 0) {
    const list = skipped.map((skip) => `${skip.documentId} (${skip.reason})`).join('; ')
    services.session.addBanner('warning', `The export left out ${skipped.length} document(s): ${list}`)
  }
  return result
}
