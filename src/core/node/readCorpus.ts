import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { ProjectProblem } from '../api'
import type { CorpusDocument } from '../model'
import { decodeUtf8Strict, findUtf8Error, Utf8DecodeError } from '../text'
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
 * exactly (CRLF, NBSP, tabs, emoji, combining marks); only a leading BOM is dropped.
 */
export async function readCorpus(path: string): Promise<CorpusReadResult> {
  const kind = await detectCorpusKind(path)
  return kind === 'folder' ? readTextFolder(path) : readJsonl(path)
}

function describeDecodeError(error: unknown): string {
  if (error instanceof Utf8DecodeError) return `invalid UTF-8 at byte ${error.byteOffset} (${error.reason})`
  return error instanceof Error ? error.message : String(error)
}

/** Offset of the first lone surrogate, or -1. JSON escapes such as "\ud800" can produce them. */
function findLoneSurrogate(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index++
      else return index
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return index
    }
  }
  return -1
}

async function readTextFolder(dir: string): Promise<CorpusReadResult> {
  const documents: CorpusDocument[] = []
  const problems: ProjectProblem[] = []
  const notes: string[] = []
  const entries = await readdir(dir, { withFileTypes: true })
  const names = entries.map((entry) => entry.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const seen = new Map<string, string>()
  for (const name of names) {
    if (name.startsWith('.')) continue
    const file = join(dir, name)
    if (extname(name).toLowerCase() !== '.txt') {
      notes.push(`${file}: skipped (not a .txt file)`)
      continue
    }
    const info = await stat(file)
    if (!info.isFile()) continue
    const id = basename(name, extname(name))
    const other = seen.get(id)
    if (other) {
      problems.push({ file, reason: `duplicate document id "${id}" (also ${other})` })
      continue
    }
    seen.set(id, file)
    try {
      const { text, bomRemoved } = decodeUtf8Strict(await readFile(file), file)
      if (bomRemoved) notes.push(`${file}: UTF-8 byte order mark removed`)
      if (text.length === 0) {
        problems.push({ file, reason: 'file is empty' })
        continue
      }
      documents.push({ id, text, sha256: sha256Hex(text), source: file, meta: {} })
    } catch (error) {
      problems.push({ file, reason: describeDecodeError(error) })
    }
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

function parseRecord(lineText: string): { id: string; text: string; meta: Record<string, unknown> } | string {
  let value: unknown
  try {
    value = JSON.parse(lineText)
  } catch (error) {
    return `bad JSON (${error instanceof Error ? error.message : String(error)})`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a record must be a JSON object'
  const { id, text, ...meta } = value as Record<string, unknown>
  if (id === undefined) return 'missing "id"'
  if (typeof id !== 'string' || id.length === 0) return '"id" must be a non-empty string'
  if (text === undefined) return 'missing "text"'
  if (typeof text !== 'string') return '"text" must be a string'
  if (text.length === 0) return '"text" is empty'
  const surrogate = findLoneSurrogate(text)
  if (surrogate >= 0) return `"text" has a lone surrogate at utf16 offset ${surrogate}`
  if (findLoneSurrogate(id) >= 0) return '"id" has a lone surrogate'
  return { id, text, meta }
}

async function readJsonl(file: string): Promise<CorpusReadResult> {
  const documents: CorpusDocument[] = []
  const problems: ProjectProblem[] = []
  const notes: string[] = []
  const bytes = await readFile(file)
  const bomRemoved = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if (bomRemoved) notes.push(`${file}: UTF-8 byte order mark removed`)
  const firstLine = new Map<string, number>()
  // ignoreBOM: true so that U+FEFF inside the file stays text (and fails JSON.parse visibly).
  const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true })
  for (const { line, offset, bytes: lineBytes } of splitLines(bytes, bomRemoved ? 3 : 0)) {
    const source = `${file}:${line}`
    const invalid = findUtf8Error(lineBytes)
    if (invalid) {
      problems.push({ file: source, reason: `invalid UTF-8 at byte ${offset + invalid.byteOffset} of the file (${invalid.reason})` })
      continue
    }
    const lineText = lineDecoder.decode(lineBytes)
    if (lineText.trim() === '') continue
    const record = parseRecord(lineText)
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
    documents.push({ id: record.id, text: record.text, sha256: sha256Hex(record.text), source, meta: record.meta })
  }
  return { documents, problems, notes }
}
