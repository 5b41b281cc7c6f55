import type { OffsetUnit } from '../text'
import { documentIdOf } from './documentId'
import type { ConversionIssue, InterchangeRelation, InterchangeSpan, ReadResult } from './interchange'
import { isJsonObject, parseJsonLines } from './jsonLines'
import { convertSpanOffsets, createUnitOffsets } from './unitOffsets'

/** What a format's record reader gets for one line: where to put spans, problems and losses. */
export interface RecordReading {
  readonly id: string
  readonly record: Readonly<Record<string, unknown>>
  /** Converts the span's offsets from the file's unit; a bad span becomes a problem named by `where`. */
  addSpan(where: string, start: unknown, end: unknown, label: unknown, spanId?: string): void
  /** A relation between two spans of the record, by their ids. */
  addRelation(relation: InterchangeRelation): void
  /** Something wrong with the record: the whole document is refused, naming each problem. */
  problem(reason: string): void
  /** Something the format has that goldspan does not carry: reported, never dropped silently. */
  report(item: string, reason: string): void
}

export interface JsonlDocumentsOptions {
  readonly source: string
  readonly offsetUnit: OffsetUnit
  /** The error for a line that is not a record with a string `text`. */
  readonly shapeError: string
  /** Turns other accepted line shapes into a record (e.g. spaCy v2's `["text", {…}]`). */
  readonly toRecord?: (value: unknown) => unknown
  readonly readRecord: (reading: RecordReading) => void
}

/**
 * The loop shared by the JSONL formats: one document per line with a string `text`, ids
 * unique, span offsets converted from the file's unit to UTF-16; a bad line or span is an
 * error with its line number and never stops the others.
 */
export function readJsonlDocuments(content: string, options: JsonlDocumentsOptions): ReadResult {
  const { source } = options
  const parsed = parseJsonLines(content, source)
  const result: ReadResult = { documents: [], report: [], errors: parsed.errors }
  const seenIds = new Set<string>()

  for (const { line, value } of parsed.lines) {
    const record = options.toRecord ? options.toRecord(value) : value
    if (!isJsonObject(record) || typeof record.text !== 'string') {
      result.errors.push({ source, line, reason: options.shapeError })
      continue
    }
    const id = documentIdOf(record, line)
    if (seenIds.has(id)) {
      result.errors.push({ source, line, reason: `duplicate document id "${id}"` })
      continue
    }
    seenIds.add(id)
    const text = record.text
    const offsets = createUnitOffsets(text, options.offsetUnit)
    const spans: InterchangeSpan[] = []
    const relations: InterchangeRelation[] = []
    const problems: string[] = []
    const losses: ConversionIssue[] = []
    options.readRecord({
      id,
      record,
      addSpan(where, start, end, label, spanId) {
        if (typeof label !== 'string' || label === '') {
          problems.push(`${where}: label is not a non-empty string`)
          return
        }
        const converted = convertSpanOffsets(offsets, start, end)
        if ('reason' in converted) problems.push(`${where}: ${converted.reason}`)
        else spans.push(spanId === undefined ? { ...converted, label } : { id: spanId, ...converted, label })
      },
      addRelation: (relation) => relations.push(relation),
      problem: (reason) => problems.push(reason),
      report: (item, reason) => losses.push({ document: id, item, reason })
    })
    result.report.push(...losses)
    if (problems.length > 0) {
      result.errors.push({ source, line, reason: `document "${id}": ${problems.join('; ')}` })
      continue
    }
    result.documents.push(relations.length > 0 ? { id, text, spans, relations } : { id, text, spans })
  }
  // JSON syntax errors were found in a first pass; report everything in file order.
  result.errors.sort((a, b) => a.line - b.line)
  return result
}
