import type { ExportSkip } from '../api'
import { toGoldRecord, type GoldRecord } from '../formats/goldspan'
import type { OffsetUnit } from '../text'
import { GOLD_ANNOTATOR, listAnnotations, type Project } from './project'
import { annotationPath } from './project/annotationPath'

export interface ExportSelection {
  /** In corpus order. */
  readonly records: readonly GoldRecord[]
  /** Documents left out because their text or annotation file could not be read, with the reason. */
  readonly unreadable: readonly ExportSkip[]
  /** Gold layer only: documents whose gold status is not `done`, left out of `records`. */
  readonly unadjudicated: readonly ExportSkip[]
}

/**
 * Chooses the records of one layer's export, for the CLI and the app alike. Every readable
 * document is exported; the ones whose text or annotation file cannot be read are listed
 * by id with the reason. In the gold layer only adjudicated documents (status `done`) are
 * exported; the others are listed, so a half-adjudicated document is never exported as if
 * it were gold.
 */
export async function selectExportRecords(
  project: Project,
  layer: string,
  options: { readonly offsetUnit: OffsetUnit; readonly exportedAt: string }
): Promise<ExportSelection> {
  const { byDocument, problems } = await listAnnotations(project, layer)
  const readable = new Set(project.documents.map((document) => document.id))
  const unreadable: ExportSkip[] = project.config.documents
    .filter((entry) => !readable.has(entry.id))
    .map((entry) => ({ documentId: entry.id, reason: 'its text could not be read (see the project problems)' }))
  const unadjudicated: ExportSkip[] = []
  const records: GoldRecord[] = []
  for (const document of project.documents) {
    const annotations = byDocument.get(document.id)
    if (!annotations) {
      const file = annotationPath(project.dir, layer, document.id)
      const problem = problems.find((candidate) => candidate.file === file)
      unreadable.push({ documentId: document.id, reason: `${file}: ${problem?.reason ?? 'cannot be read'}` })
      continue
    }
    if (layer === GOLD_ANNOTATOR && annotations.status !== 'done') {
      unadjudicated.push({ documentId: document.id, reason: `not adjudicated yet (gold status "${annotations.status}")` })
      continue
    }
    records.push(toGoldRecord(document, annotations, project.config.schema, options))
  }
  return { records, unreadable, unadjudicated }
}
