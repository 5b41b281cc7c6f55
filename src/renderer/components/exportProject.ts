import type { AppServices } from '../state/appServices'

/** Exports the annotator's layer as goldspan JSONL; web mode downloads it through a Blob link. */
export async function exportProject(services: AppServices): Promise<void> {
  const { connection, session, view } = services
  const project = session.getState().project
  if (!project) return
  try {
    const result = await connection.api['project:export']({
      format: 'goldspan',
      offsetUnit: 'codepoint',
      layer: { annotator: project.annotator }
    })
    if (result.content !== undefined) {
      const url = URL.createObjectURL(new Blob([result.content], { type: 'application/jsonl;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = result.fileName
      link.rel = 'noopener'
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    }
    const where = result.savedTo ? ` to ${result.savedTo}` : ` as ${result.fileName}`
    view.setNotice(`Exported ${result.documentCount} documents, ${result.spanCount} spans${where}.`)
    // Left-out documents must never pass unnoticed: a lasting banner names each one.
    const skipped = result.skipped ?? []
    if (skipped.length > 0) {
      const list = skipped.map((skip) => `${skip.documentId} (${skip.reason})`).join('; ')
      session.addBanner('warning', `The export left out ${skipped.length} document(s): ${list}`)
    }
  } catch (error) {
    session.addBanner('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
