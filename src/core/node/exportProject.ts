import type { ChannelPayload } from '../api'
import { serializeGoldJsonl, toGoldRecord } from '../formats/goldspan'
import { GOLD_ANNOTATOR, listAnnotations, type Project } from './project'
import { WorkspaceError } from './workspaceError'

export interface GoldJsonlExport {
  readonly fileName: string
  readonly content: string
  readonly documentCount: number
  readonly spanCount: number
}

/** `<project name>-<layer>.jsonl`, with anything unsafe in a file name replaced by "_". */
function exportFileName(projectName: string, layer: string): string {
  const safeName = projectName.replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^\.+/, '') || 'goldspan'
  return `${safeName}-${layer}.jsonl`
}

/**
 * Builds the goldspan JSONL of one layer (an annotator's or gold): one line per document
 * of the project, in corpus order, `todo` ones included with their status in `meta`.
 * Refuses when any document's annotation file is unreadable, since leaving it out would
 * publish it as unannotated.
 */
export async function exportGoldJsonl(
  project: Project,
  request: ChannelPayload<'project:export'>,
  exportedAt: string
): Promise<GoldJsonlExport> {
  const layer = 'gold' in request.layer ? GOLD_ANNOTATOR : request.layer.annotator
  const { byDocument, problems } = await listAnnotations(project, layer)
  const missing = project.documents.filter((document) => !byDocument.has(document.id))
  if (missing.length > 0) {
    const reasons = problems.map((problem) => `${problem.file}: ${problem.reason}`).join('; ')
    throw new WorkspaceError('export-incomplete', `not exported: ${missing.length} annotation file(s) of "${layer}" cannot be read: ${reasons}`)
  }
  const records = project.documents.map((document) =>
    // Present for every document: `missing` above is empty.
    toGoldRecord(document, byDocument.get(document.id)!, project.config.schema, { offsetUnit: request.offsetUnit, exportedAt })
  )
  return {
    fileName: exportFileName(project.config.name, layer),
    content: serializeGoldJsonl(records),
    documentCount: records.length,
    spanCount: records.reduce((total, record) => total + record.entities.length + record.events.length, 0)
  }
}
