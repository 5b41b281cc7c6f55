import { mkdir, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { GoldRecord } from '../core/formats'
import { readBratDocument, writeAnnotationConf, writeBratDocument } from '../core/formats/brat'
import { goldRecordToInterchange } from '../core/formats/goldRecordInterchange'
import { formatError, type ConversionIssue, type InterchangeDocument, type ReadResult } from '../core/formats/interchange'
import { SINGLE_FILE_FORMATS, type SingleFileFormat } from '../core/formats/singleFileFormats'
import { atomicWrite, sha256Hex } from '../core/node'
import type { Schema } from '../core/schema'
import { CliError } from './cliError'
import { readTextFile } from './readTextFile'

/** The foreign formats `--format` takes besides `goldspan`; brat is a folder, the others one file. */
export const FOREIGN_FORMATS = ['doccano', 'spacy', 'conll', 'labelstudio', 'brat'] as const
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number]

const SINGLE_FILE: Record<Exclude<ForeignFormat, 'brat'>, SingleFileFormat> = {
  doccano: SINGLE_FILE_FORMATS.doccano,
  spacy: SINGLE_FILE_FORMATS.spacy,
  conll: SINGLE_FILE_FORMATS.conll,
  labelstudio: SINGLE_FILE_FORMATS['label-studio']
}

/** Prints each item a format could not carry, then a one-line summary; nothing is lost silently. */
export function printConversionReport(report: readonly ConversionIssue[], format: ForeignFormat, direction: 'export' | 'import'): void {
  if (report.length === 0) return
  for (const { document, item, reason } of report) process.stderr.write(`not carried: ${document}: ${item}: ${reason}\n`)
  process.stderr.write(`${report.length} item(s) not carried by the ${direction} in ${format} (listed above)\n`)
}

/** A brat file name from a document id; an id that is not a plain file name cannot be written safely. */
function bratFileStem(id: string): string {
  if (id === '.' || id === '..' || basename(id) !== id || id.includes('\\')) {
    throw new CliError(`document id "${id}" cannot be a brat file name; export it in another format`)
  }
  return id
}

/** Entity attributes (Modality, Polarity…): none of these formats holds them, so each set is reported. */
function attributesNotCarried(record: GoldRecord): ConversionIssue[] {
  return record.entities
    .filter((entity) => Object.keys(entity.attributes ?? {}).length > 0)
    .map((entity) => ({
      document: record.id,
      item: `${entity.id} ${entity.label} attributes ${JSON.stringify(entity.attributes)}`,
      reason: 'entity attributes are not carried to other formats'
    }))
}

/** Writes the records in a foreign format to `out` (a folder for brat); returns what was not carried. */
export async function writeForeignFormat(format: ForeignFormat, records: readonly GoldRecord[], out: string, schema: Schema): Promise<ConversionIssue[]> {
  const report: ConversionIssue[] = []
  const documents: InterchangeDocument[] = records.map((record) => {
    const converted = goldRecordToInterchange(record)
    report.push(...converted.report, ...attributesNotCarried(record))
    return converted.document
  })
  if (format !== 'brat') {
    const written = SINGLE_FILE[format].write(documents)
    await atomicWrite(out, written.output, { keepBackup: false })
    return [...report, ...written.report]
  }
  const stems = documents.map((document) => bratFileStem(document.id))
  await mkdir(out, { recursive: true })
  await atomicWrite(join(out, 'annotation.conf'), writeAnnotationConf(schema), { keepBackup: false })
  for (const [index, document] of documents.entries()) {
    const files = writeBratDocument(document)
    await atomicWrite(join(out, `${stems[index]}.txt`), files.text, { keepBackup: false })
    await atomicWrite(join(out, `${stems[index]}.ann`), files.ann, { keepBackup: false })
    report.push(...files.report)
  }
  // Pairs from an earlier export would be read back with this one: say so rather than delete files.
  const written = new Set(stems.map((stem) => `${stem}.ann`))
  for (const name of (await readdir(out)).filter((candidate) => candidate.endsWith('.ann') && !written.has(candidate)).sort()) {
    process.stderr.write(`${join(out, name)}: not part of this export (left from before); remove it before reading the folder back\n`)
  }
  return report
}

/** Reads a brat folder: every `<id>.ann` with its `<id>.txt`; `annotation.conf` is not needed. */
async function readBratFolder(dir: string): Promise<ReadResult> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    throw new CliError(`${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'not a folder (brat is read from a folder of .txt/.ann pairs)' : (error as Error).message}`)
  }
  const result: ReadResult = { documents: [], report: [], errors: [] }
  for (const name of names.filter((candidate) => candidate.endsWith('.ann')).sort()) {
    const id = name.slice(0, -'.ann'.length)
    const annSource = join(dir, name)
    const read = readBratDocument({ id, text: await readTextFile(join(dir, `${id}.txt`)), ann: await readTextFile(annSource), annSource })
    result.documents.push(...read.documents)
    result.report.push(...read.report)
    result.errors.push(...read.errors)
  }
  if (result.documents.length === 0 && result.errors.length === 0) throw new CliError(`${dir}: no .ann file found`)
  return result
}

/** Reads a foreign file (or brat folder); malformed input stops the import, naming file and line. */
export async function readForeignFormat(format: ForeignFormat, path: string): Promise<ReadResult> {
  const result = format === 'brat' ? await readBratFolder(path) : SINGLE_FILE[format].read(await readTextFile(path), path)
  if (result.errors.length > 0) {
    for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`)
    throw new CliError(`${result.errors.length} malformed record(s) in ${path}; nothing was imported`)
  }
  return result
}

/**
 * The documents read as goldspan JSONL (UTF-16 offsets, sha256 of the text as read), so
 * that they go through the same checks as a goldspan import: id and sha256 against the
 * project, offsets, labels. Span ids are kept when the source had unique ones.
 */
export function interchangeToGoldJsonl(documents: readonly InterchangeDocument[], schema: Schema, annotator: string): string {
  const lines = documents.map((document) => {
    const ids = document.spans.map((span) => span.id)
    const keepIds = ids.every((id) => id !== undefined && id !== '') && new Set(ids).size === ids.length
    return JSON.stringify({
      id: document.id,
      text: document.text,
      sha256: sha256Hex(document.text),
      offset_unit: 'utf16',
      entities: document.spans.map((span, index) => ({
        id: keepIds && span.id ? span.id : `T${index + 1}`,
        start: span.start,
        end: span.end,
        label: span.label,
        text: document.text.slice(span.start, span.end)
      })),
      events: [],
      relations: [],
      meta: {
        annotator,
        status: 'in_progress',
        schema: { name: schema.name, version: schema.version },
        exported_at: new Date().toISOString(),
        format: 'goldspan',
        format_version: 2
      }
    })
  })
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
