import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AnnotationFormat } from '../../api'
import { parseGoldJsonl, type GoldProblem, type GoldRecord } from '../../formats'
import { interchangeToGoldRecord } from '../../formats/interchangeToGoldRecord'
import { readBratDocument } from '../../formats/brat'
import type { ConversionIssue, InterchangeDocument, ReadResult } from '../../formats/interchange'
import { SINGLE_FILE_FORMATS, type SingleFileFormat } from '../../formats/singleFileFormats'
import type { CorpusDocument } from '../../model'
import type { Schema } from '../../schema'
import { decodeUtf8Strict } from '../../text'
import { sha256Hex } from '../sha256'
import { formatFromPath, sniffJsonlFormat } from './annotationFormats'
import { realignConllDocuments } from './realignConllDocuments'

const SINGLE_FILE: Record<Exclude<AnnotationFormat, 'goldspan' | 'brat'>, SingleFileFormat> = {
  doccano: SINGLE_FILE_FORMATS.doccano,
  spacy: SINGLE_FILE_FORMATS.spacy,
  conll: SINGLE_FILE_FORMATS.conll,
  labelstudio: SINGLE_FILE_FORMATS['label-studio']
}

/** A file (or brat folder) read as goldspan records, ready for the project's checks. */
export interface AnnotationFileRead {
  readonly format: AnnotationFormat
  /** The name problems are reported under: the path, and for a converted file the format. */
  readonly source: string
  /** Checked records (shape, offsets, labels, sha256 of their own text), in file order. */
  readonly records: readonly GoldRecord[]
  /** Line numbers of `records` in the file, for goldspan; document numbers for other formats. */
  readonly recordLines: readonly number[]
  /** Malformed input, `file:line: reason`: the import writes nothing when there is any. */
  readonly problems: readonly GoldProblem[]
  /** What the format could not carry into goldspan, per item (never dropped silently). */
  readonly report: readonly ConversionIssue[]
}

/** Thrown when the file cannot be read at all; the message names it. */
export class AnnotationReadError extends Error {
  override readonly name = 'AnnotationReadError'
}

async function readText(path: string): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new AnnotationReadError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder (only brat is read from a folder)' : (error as Error).message}`)
  }
  try {
    return decodeUtf8Strict(bytes, path).text
  } catch (error) {
    throw new AnnotationReadError(`${path}: ${(error as Error).message}`)
  }
}

async function readBratFolder(dir: string): Promise<ReadResult> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw new AnnotationReadError(`${dir}: ${error.code === 'ENOTDIR' ? 'not a folder (brat is read from a folder of .txt/.ann pairs)' : error.message}`)
  })
  const result: ReadResult = { documents: [], report: [], errors: [] }
  for (const name of names.filter((candidate) => candidate.endsWith('.ann')).sort()) {
    const id = name.slice(0, -'.ann'.length)
    const annSource = join(dir, name)
    const read = readBratDocument({ id, text: await readText(join(dir, `${id}.txt`)), ann: await readText(annSource), annSource })
    result.documents.push(...read.documents)
    result.report.push(...read.report)
    result.errors.push(...read.errors)
  }
  if (result.documents.length === 0 && result.errors.length === 0) throw new AnnotationReadError(`${dir}: no .ann file found`)
  return result
}

/** The format to read `path` as: the one chosen, or guessed from the extension and, for JSONL, the first record. */
async function resolveFormat(path: string, chosen: AnnotationFormat | 'auto'): Promise<AnnotationFormat> {
  if (chosen !== 'auto') return chosen
  const isFolder = await stat(path).then(
    (info) => info.isDirectory(),
    () => false
  )
  if (isFolder) return 'brat'
  const guessed = formatFromPath(path)
  if (guessed === 'jsonl') return sniffJsonlFormat(await readText(path))
  if (guessed === null || guessed === 'brat') throw new AnnotationReadError(`${path}: cannot tell the format from the name; choose it`)
  return guessed
}

/**
 * Reads an annotation file (a folder for brat) in any format the app offers, as goldspan
 * records checked against `schema` (labels) and their own text (offsets, sha256). A
 * foreign file is converted first; CoNLL, which keeps no text, is laid back onto the
 * project's texts. Malformed records are `problems` naming file and line (for foreign
 * formats, the line or the document number the reader gives).
 */
export async function readAnnotationFile(
  path: string,
  chosen: AnnotationFormat | 'auto',
  context: { readonly schema: Schema; readonly documents: readonly CorpusDocument[]; /** ISO 8601, stated in converted records. */ readonly readAt: string }
): Promise<AnnotationFileRead> {
  const format = await resolveFormat(path, chosen)
  if (format === 'goldspan') {
    const parsed = parseGoldJsonl(await readText(path), path, { hashText: sha256Hex, schema: context.schema })
    return { format, source: path, records: parsed.records, recordLines: parsed.recordLines, problems: parsed.problems, report: [] }
  }
  const read = format === 'brat' ? await readBratFolder(path) : SINGLE_FILE[format].read(await readText(path), path)
  const formatProblems: GoldProblem[] = read.errors.map((error) => ({ file: error.source, line: error.line, reason: error.reason }))
  const documents = format === 'conll' ? realignConllDocuments(read.documents, context.documents) : read.documents
  // The formats' events, relations and attributes come along; what the schema cannot hold is reported.
  const converted = documents.map((document) => interchangeToGoldRecord(document, context.schema, { annotator: 'import', sha256: sha256Hex(document.text), exportedAt: context.readAt }))
  const jsonl = converted.map(({ record }) => JSON.stringify(record)).join('\n')
  const source = `${path} (${format}, document #)`
  const parsed = parseGoldJsonl(jsonl, source, { hashText: sha256Hex, schema: context.schema })
  return { format, source, records: parsed.records, recordLines: parsed.recordLines, problems: [...formatProblems, ...parsed.problems], report: [...read.report, ...converted.flatMap(({ report }) => report)] }
}
