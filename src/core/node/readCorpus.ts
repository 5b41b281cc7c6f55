import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises'
import { basename, extname, join, relative, isAbsolute } from 'node:path'
import type { ProjectProblem } from '../api'
import type { CorpusDocument } from '../model'
import { decodeUtf8Strict, findUtf8Error, Utf8DecodeError } from '../text'
import { describeControlCharacters, findLoneSurrogate, findTextProblem, utf16ByteOrderMark } from './corpusTextChecks'
import { CorpusError } from './errors'
import { sha256Hex } from './sha256'

export interface CorpusReadResult {
  /** In corpus order: text files sorted by name (code unit order), JSONL in line order. */
  readonly documents: CorpusDocument[]
  /** Files or lines that could not be read; the other documents are still returned. */
  readonly problems: ProjectProblem[]
  /** Things done that the user should know about, e.g. a removed BOM or a skipped file. */
  readonly notes: string[]
}

export type CorpusKind = 'folder' | 'jsonl'

/**
 * Largest document accepted: 50 MiB of UTF-8 (a .txt file, or one JSONL line). Offsets
 * are JavaScript string indices and the editor holds the whole text; far larger texts are
 * almost always a wrong file (a database dump, a log) and would freeze the window.
 */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

/** Largest JSONL corpus file accepted: 1 GiB, read whole into memory (Node buffers stop at 2 GiB). */
export const MAX_JSONL_BYTES = 1024 * 1024 * 1024

/** Size limits of readCorpus; tests lower them instead of writing 50 MB files. */
export interface CorpusLimits {
  readonly maxDocumentBytes?: number
  readonly maxJsonlBytes?: number
}

function sizeText(bytes: number): string {
  const mebibytes = bytes / (1024 * 1024)
  return mebibytes >= 1 ? `${bytes} bytes (${mebibytes.toFixed(1)} MiB)` : `${bytes} bytes`
}

function tooLarge(size: number, limit: number, what: string): string {
  return `${sizeText(size)} is above the limit of ${sizeText(limit)} per ${what}; split it`
}

/** Lets a long read report progress and be stopped between files (see `jobs/`). */
export interface CorpusReadWatch {
  /** Checked before each file (or JSONL line): aborting makes readCorpus throw the signal's reason. */
  readonly signal?: AbortSignal
  /** Called after each .txt file (or JSONL line) with how many are done out of how many. */
  readonly onProgress?: (done: number, total: number) => void
}

/** Says what kind of corpus `path` is; throws CorpusError when it is neither. */
export async function detectCorpusKind(path: string): Promise<CorpusKind> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CorpusError(`${path}: cannot open corpus (${error.code ?? error.message})`)
  })
  if (info.isDirectory()) return 'folder'
  if (info.isFile() && extname(path).toLowerCase() === '.jsonl') return 'jsonl'
  throw new CorpusError(`${path}: a corpus is a folder of .txt files or a .jsonl file`)
}

/**
 * Reads a corpus: a folder of `.txt` files (id = file name without extension) or a
 * JSONL file of `{"id", "text", ...meta}` records. Text is decoded strictly and kept
 * exactly (CRLF, NBSP, tabs, emoji, combining marks); only a leading UTF-8 BOM is
 * dropped. Refused, as problems naming the file (and line): UTF-16, invalid UTF-8, NUL,
 * lone surrogates, empty texts, duplicate ids, symbolic links leading out of the folder,
 * and documents above MAX_DOCUMENT_BYTES. Invisible control characters are kept, with a note.
 */
export async function readCorpus(path: string, limits: CorpusLimits = {}, watch: CorpusReadWatch = {}): Promise<CorpusReadResult> {
  const kind = await detectCorpusKind(path)
  const resolved = { maxDocumentBytes: limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, maxJsonlBytes: limits.maxJsonlBytes ?? MAX_JSONL_BYTES }
  return kind === 'folder' ? readTextFolder(path, resolved, watch) : readJsonl(path, resolved, watch)
}

function describeDecodeError(error: unknown): string {
  if (error instanceof Utf8DecodeError) return `invalid UTF-8 at byte ${error.byteOffset} (${error.reason})`
  return error instanceof Error ? error.message : String(error)
}

function isInside(folder: string, path: string): boolean {
  const relativePath = relative(folder, path)
  return relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath)
}

/**
 * Where a corpus entry's content really is, or why it is refused: a symbolic link is
 * followed only when it leads to a file inside the corpus folder, so a corpus cannot
 * pull in files from elsewhere on the disk. Null for entries that are not files.
 */
async function resolveEntry(dir: string, file: string): Promise<{ path: string; size: number } | { problem: string } | null> {
  const info = await lstat(file)
  if (info.isFile()) return { path: file, size: info.size }
  if (!info.isSymbolicLink()) return null
  const target = await realpath(file).catch(() => null)
  if (target === null) return { problem: 'broken symbolic link' }
  if (!isInside(await realpath(dir), target)) return { problem: `symbolic link to ${target}, outside the corpus folder; refused` }
  const targetInfo = await stat(target)
  return targetInfo.isFile() ? { path: target, size: targetInfo.size } : null
}

/** Decodes one .txt file's bytes into a document text, or says why it cannot be one. */
function decodeDocument(bytes: Uint8Array, file: string): { text: string; bomRemoved: boolean } | { problem: string } {
  const utf16 = utf16ByteOrderMark(bytes)
  if (utf16) return { problem: `${utf16} is not supported; save as UTF-8` }
  try {
    const decoded = decodeUtf8Strict(bytes, file)
    if (decoded.text.length === 0) return { problem: 'file is empty' }
    const problem = findTextProblem(decoded.text)
    return problem === null ? decoded : { problem }
  } catch (error) {
    return { problem: describeDecodeError(error) }
  }
}

async function readTextFolder(dir: string, limits: Required<CorpusLimits>, watch: CorpusReadWatch): Promise<CorpusReadResult> {
  const documents: CorpusDocument[] = []
  const problems: ProjectProblem[] = []
  const notes: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  const names = entries.map((entry) => entry.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const seen = new Map<string, string>()
  for (const [index, name] of names.entries()) {
    watch.signal?.throwIfAborted()
    watch.onProgress?.(index, names.length)
    if (name.startsWith('.')) continue
    const file = join(dir, name)
    if (extname(name).toLowerCase() !== '.txt') {
      notes.push(`${file}: skipped (not a .txt file)`)
      continue
    }
    const entry = await resolveEntry(dir, file)
    if (entry === null) continue
    if ('problem' in entry) {
      problems.push({ file, reason: entry.problem })
      continue
    }
    const id = basename(name, extname(name))
    const other = seen.get(id)
    if (other) {
      problems.push({ file, reason: `duplicate document id "${id}" (also ${other})` })
      continue
    }
    seen.set(id, file)
    if (entry.size > limits.maxDocumentBytes) {
      problems.push({ file, reason: tooLarge(entry.size, limits.maxDocumentBytes, 'document') })
      continue
    }
    const decoded = decodeDocument(await readFile(entry.path), file)
    if ('problem' in decoded) {
      problems.push({ file, reason: decoded.problem })
      continue
    }
    if (decoded.bomRemoved) notes.push(`${file}: UTF-8 byte order mark removed`)
    const controls = describeControlCharacters(decoded.text)
    if (controls) notes.push(`${file}: ${controls}`)
    documents.push({ id, text: decoded.text, sha256: sha256Hex(decoded.text), source: file, meta: {} })
  }
  return { documents, problems, notes }
}

/** Splits the bytes at each LF, so one bad line does not hide the others. */
function splitLines(bytes: Uint8Array, start: number): { line: number; offset: number; bytes: Uint8Array }[] {
  const lines: { line: number; offset: number; bytes: Uint8Array }[] = []
  let lineStart = start
  for (let index = start; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      lines.push({ line: lines.length + 1, offset: lineStart, bytes: bytes.subarray(lineStart, index) })
      lineStart = index + 1
    }
  }
  return lines
}

function parseRecord(lineText: string, isCutShort: boolean): { id: string; text: string; meta: Record<string, unknown> } | string {
  if (lineText.charCodeAt(0) === 0xfeff) return 'byte order mark at the start of the line (files joined together?); remove it'
  let value: unknown
  try {
    value = JSON.parse(lineText)
  } catch (error) {
    const hint = isCutShort ? '; the last line has no line end, the file looks cut short' : ''
    return `bad JSON (${error instanceof Error ? error.message : String(error)})${hint}`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a record must be a JSON object'
  const { id, text, ...meta } = value as Record<string, unknown>
  if (id === undefined) return 'missing "id"'
  if (typeof id !== 'string' || id.length === 0) return '"id" must be a non-empty string'
  if (text === undefined) return 'missing "text"'
  if (typeof text !== 'string') return '"text" must be a string'
  if (text.length === 0) return '"text" is empty'
  const problem = findTextProblem(text)
  if (problem !== null) return `"text" ${problem}`
  if (findLoneSurrogate(id) >= 0) return '"id" has a lone surrogate'
  return { id, text, meta }
}

async function readJsonl(file: string, limits: Required<CorpusLimits>, watch: CorpusReadWatch): Promise<CorpusReadResult> {
  const documents: CorpusDocument[] = []
  const problems: ProjectProblem[] = []
  const notes: string[] = []
  const size = (await stat(file)).size
  if (size > limits.maxJsonlBytes) return { documents, problems: [{ file, reason: tooLarge(size, limits.maxJsonlBytes, 'JSONL file') }], notes }
  const bytes = await readFile(file)
  const utf16 = utf16ByteOrderMark(bytes)
  if (utf16) return { documents, problems: [{ file, reason: `${utf16} is not supported; save as UTF-8` }], notes }
  const bomRemoved = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (bomRemoved) notes.push(`${file}: UTF-8 byte order mark removed`)
  const firstLine = new Map<string, number>()
  // ignoreBOM: true so that U+FEFF inside the file stays text (and is reported by parseRecord).
  const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const lines = splitLines(bytes, bomRemoved ? 3 : 0)
  const endsWithLineEnd = bytes[bytes.length - 1] === 0x0a
  for (const { line, offset, bytes: lineBytes } of lines) {
    watch.signal?.throwIfAborted()
    watch.onProgress?.(line - 1, lines.length)
    const source = `${file}:${line}`
    if (lineBytes.length > limits.maxDocumentBytes) {
      problems.push({ file: source, reason: tooLarge(lineBytes.length, limits.maxDocumentBytes, 'document (one JSONL line)') })
      continue
    }
    const invalid = findUtf8Error(lineBytes)
    if (invalid) {
      problems.push({ file: source, reason: `invalid UTF-8 at byte ${offset + invalid.byteOffset} of the file (${invalid.reason})` })
      continue
    }
    const lineText = lineDecoder.decode(lineBytes)
    if (lineText.trim() === '') continue
    const record = parseRecord(lineText, line === lines.length && !endsWithLineEnd)
    if (typeof record === 'string') {
      problems.push({ file: source, reason: record })
      continue
    }
    const first = firstLine.get(record.id)
    if (first !== undefined) {
      problems.push({ file: source, reason: `duplicate id "${record.id}" (first on line ${first})` })
      continue
    }
    firstLine.set(record.id, line)
    const controls = describeControlCharacters(record.text)
    if (controls) notes.push(`${source}: "text" ${controls}`)
    documents.push({ id: record.id, text: record.text, sha256: sha256Hex(record.text), source, meta: record.meta })
  }
  if (documents.length === 0 && problems.length === 0) problems.push({ file, reason: 'no records (the file is empty)' })
  return { documents, problems, notes }
}
