import type { ChannelPayload, ExportSkip } from '../api'
import { serializeGoldJsonl } from '../formats/goldspan'
import { GOLD_ANNOTATOR, type Project } from './project'
import { selectExportRecords } from './selectExportRecords'

export interface GoldJsonlExport {
  readonly fileName: string
  readonly content: string
  readonly documentCount: number
  readonly spanCount: number
  /** Documents left out, with why; empty when every document was exported. */
  readonly skipped: readonly ExportSkip[]
}

/** `<project name>-<layer>.jsonl`, with anything unsafe in a file name replaced by "_". */
function exportFileName(projectName: string, layer: string): string {
  const safeName = projectName.replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^\.+/, '') || 'goldspan'
  return `${safeName}-${layer}.jsonl`
}

/**
 * Builds the goldspan JSONL of one layer (an annotator's or gold), choosing records as
 * `goldspan export` does (`selectExportRecords`): one line per readable document, in
 * corpus order, `todo` ones included with their status in `meta`; in the gold layer only
 * adjudicated documents. Every document left out is in `skipped` with the reason.
 */
export async function exportGoldJsonl(
  project: Project,
  request: ChannelPayload<'project:export'>,
  exportedAt: string
): Promise<GoldJsonlExport> {
  const layer = 'gold' in request.layer ? GOLD_ANNOTATOR : request.layer.annotator
  const { records, unreadable, unadjudicated } = await selectExportRecords(project, layer, { offsetUnit: request.offsetUnit, exportedAt })
  return {
    fileName: exportFileName(project.config.name, layer),
    content: serializeGoldJsonl(records),
    documentCount: records.length,
    spanCount: records.reduce((total, record) => total + record.entities.length + record.events.length, 0),
    skipped: [...unreadable, ...unadjudicated]
  }
}
