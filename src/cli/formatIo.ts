import { mkdir, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { GoldRecord } from '../core/formats'
import { buildAnnotationConf, readBratDocument, writeBratDocument } from '../core/formats/brat'
import { readConll, writeConll } from '../core/formats/conll'
import { writeDoccano } from '../core/formats/doccano'
import { goldRecordToInterchange } from '../core/formats/goldRecordInterchange'
import { formatError, type ConversionIssue, type InterchangeDocument, type ReadResult } from '../core/formats/interchange'
import { interchangeToGoldRecord } from '../core/formats/interchangeToGoldRecord'
import { SINGLE_FILE_FORMATS, type SingleFileFormat } from '../core/formats/singleFileFormats'
import { atomicWrite, sha256Hex } from '../core/node'
import type { Schema } from '../core/schema'
import { CliError } from './cliError'
import { readTextFile } from './readTextFile'

/** The foreign formats `--format` takes besides `goldspan`; brat is a folder, the others one file. */
export const FOREIGN_FORMATS = ['doccano', 'spacy', 'conll', 'labelstudio', 'brat'] as const
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number]

const SINGLE_FILE: Record<Exclude<ForeignFormat, 'brat' | 'conll'>, SingleFileFormat> = {
  doccano: SINGLE_FILE_FORMATS.doccano,
  spacy: SINGLE_FILE_FORMATS.spacy,
  labelstudio: SINGLE_FILE_FORMATS['label-studio']
}

/** CoNLL's options on the command line: `--tag-scheme` and, for export, `--conll-columns`. */
export interface ConllCliOptions {
  /** Absent on import: tags are then decoded leniently (BIO, IOB1 and BIOES alike). */
  readonly tagScheme?: 'bio' | 'bioes'
  readonly conllColumns?: 2 | 4
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

/**
 * Writes the records in a foreign format to `out` (a folder for brat); returns what was
 * not carried. doccano is written in its `entities` form when some record has relations
 * (the `label` form has no place for them), else in the `label` form.
 */
export async function writeForeignFormat(
  format: ForeignFormat,
  records: readonly GoldRecord[],
  out: string,
  schema: Schema,
  conll: ConllCliOptions = {}
): Promise<ConversionIssue[]> {
  const documents: InterchangeDocument[] = records.map((record) => goldRecordToInterchange(record).document)
  if (format !== 'brat') {
    const written =
      format === 'conll'
        ? writeConll(documents, { scheme: conll.tagScheme === 'bioes' ? 'BIOES' : 'BIO', columns: conll.conllColumns ?? 2 })
        : format === 'doccano'
          ? writeDoccano(documents, { form: documents.some((document) => (document.relations ?? []).length > 0) ? 'entities' : 'label' })
          : SINGLE_FILE[format].write(documents)
    await atomicWrite(out, written.output, { keepBackup: false })
    return written.report
  }
  const stems = documents.map((document) => bratFileStem(document.id))
  await mkdir(out, { recursive: true })
  const conf = buildAnnotationConf(schema, join(out, 'annotation.conf'))
  const report: ConversionIssue[] = [...conf.report]
  await atomicWrite(join(out, 'annotation.conf'), conf.conf, { keepBackup: false })
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
export async function readForeignFormat(format: ForeignFormat, path: string, conll: ConllCliOptions = {}): Promise<ReadResult> {
  const scheme = conll.tagScheme === undefined ? {} : { scheme: conll.tagScheme === 'bioes' ? ('BIOES' as const) : ('BIO' as const) }
  const result =
    format === 'brat'
      ? await readBratFolder(path)
      : format === 'conll'
        ? readConll(await readTextFile(path), { source: path, ...scheme })
        : SINGLE_FILE[format].read(await readTextFile(path), path)
  if (result.errors.length > 0) {
    for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`)
    throw new CliError(`${result.errors.length} malformed record(s) in ${path}; nothing was imported`)
  }
  return result
}

/**
 * The documents read as goldspan JSONL (UTF-16 offsets, sha256 of the text as read), so
 * that they go through the same checks as a goldspan import: id and sha256 against the
 * project, offsets, labels, roles, relation types. `report` lists what the project
 * schema cannot take (see interchangeToGoldRecord).
 */
export function interchangeToGoldJsonl(documents: readonly InterchangeDocument[], schema: Schema, annotator: string): { content: string; report: ConversionIssue[] } {
  const exportedAt = new Date().toISOString()
  const report: ConversionIssue[] = []
  const lines = documents.map((document) => {
    const converted = interchangeToGoldRecord(document, schema, { annotator, sha256: sha256Hex(document.text), exportedAt })
    report.push(...converted.report)
    return JSON.stringify(converted.record)
  })
  return { content: lines.length > 0 ? `${lines.join('\n')}\n` : '', report }
}
