import { basename } from 'node:path'
import type { AnnotationFormat, ChannelPayload, ExportSkip } from '../../api'
import { serializeGoldJsonl } from '../../formats'
import { writeAnnotationConf, writeBratDocument } from '../../formats/brat'
import { goldRecordToInterchange } from '../../formats/goldRecordInterchange'
import type { ConversionIssue } from '../../formats/interchange'
import { SINGLE_FILE_FORMATS, type SingleFileFormat } from '../../formats/singleFileFormats'
import { GOLD_ANNOTATOR, type Project } from '../project'
import { selectExportRecords } from '../selectExportRecords'

const SINGLE_FILE: Record<Exclude<AnnotationFormat, 'goldspan' | 'brat'>, SingleFileFormat> = {
  doccano: SINGLE_FILE_FORMATS.doccano,
  spacy: SINGLE_FILE_FORMATS.spacy,
  conll: SINGLE_FILE_FORMATS.conll,
  labelstudio: SINGLE_FILE_FORMATS['label-studio']
}

const EXTENSIONS: Record<Exclude<AnnotationFormat, 'brat'>, string> = {
  goldspan: '.jsonl',
  doccano: '.jsonl',
  spacy: '.jsonl',
  conll: '.conll',
  labelstudio: '.json'
}

/** An export built in memory: one file, or (brat) a folder of files by name. */
export interface BuiltExport {
  /** The suggested file (or, for brat, folder) name. */
  readonly name: string
  readonly files: ReadonlyMap<string, string> | null
  readonly content: string | null
  readonly documentCount: number
  readonly spanCount: number
  readonly skipped: readonly ExportSkip[]
  /** What the format could not carry, per item. */
  readonly report: readonly ConversionIssue[]
}

/** `<project>-<layer>[-<format>]`, with anything unsafe in a file name replaced by "_". */
function exportStem(projectName: string, layer: string, format: AnnotationFormat): string {
  const safeName = projectName.replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^\.+/, '') || 'goldspan'
  return format === 'goldspan' ? `${safeName}-${layer}` : `${safeName}-${layer}-${format}`
}

/** A brat file stem from a document id; an id that is not a plain file name cannot be written safely. */
function bratFileStem(id: string): string {
  if (id === '.' || id === '..' || basename(id) !== id || id.includes('\\') || id.startsWith('.')) {
    throw new Error(`document id "${id}" cannot be a brat file name; export it in another format`)
  }
  return id
}

/**
 * Builds the export of one layer in memory, in any format of the Export dialog, choosing
 * records as `goldspan export` does (`selectExportRecords`: in the gold layer only
 * adjudicated documents; every document left out is in `skipped`). Foreign formats go
 * through the interchange shape; whatever they cannot carry is in `report`. Nothing is
 * written here, so a failure or a cancel leaves no file behind.
 */
export async function buildExport(project: Project, request: ChannelPayload<'project:export'>, exportedAt: string): Promise<BuiltExport> {
  const layer = 'gold' in request.layer ? GOLD_ANNOTATOR : request.layer.annotator
  // Foreign formats convert from UTF-16 themselves; goldspan states the unit asked for.
  const offsetUnit = request.format === 'goldspan' ? request.offsetUnit : 'utf16'
  const { records, unreadable, unadjudicated } = await selectExportRecords(project, layer, { offsetUnit, exportedAt })
  const counts = {
    documentCount: records.length,
    spanCount: records.reduce((total, record) => total + record.entities.length + record.events.length, 0),
    skipped: [...unreadable, ...unadjudicated]
  }
  const stem = exportStem(project.config.name, layer, request.format)
  if (request.format === 'goldspan') {
    return { name: `${stem}.jsonl`, files: null, content: serializeGoldJsonl(records), report: [], ...counts }
  }
  const report: ConversionIssue[] = []
  const documents = records.map((record) => {
    const converted = goldRecordToInterchange(record)
    report.push(...converted.report)
    return converted.document
  })
  if (request.format !== 'brat') {
    const written = SINGLE_FILE[request.format].write(documents)
    return { name: `${stem}${EXTENSIONS[request.format]}`, files: null, content: written.output, report: [...report, ...written.report], ...counts }
  }
  const files = new Map<string, string>([['annotation.conf', writeAnnotationConf(project.config.schema)]])
  for (const document of documents) {
    const fileStem = bratFileStem(document.id)
    const written = writeBratDocument(document)
    files.set(`${fileStem}.txt`, written.text)
    files.set(`${fileStem}.ann`, written.ann)
    report.push(...written.report)
  }
  return { name: stem, files, content: null, report, ...counts }
}
