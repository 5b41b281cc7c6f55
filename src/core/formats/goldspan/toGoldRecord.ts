import { describeLinkErrors, findLinkProblems } from '../../annotations'
import type { CorpusDocument, DocumentAnnotations, Span } from '../../model'
import type { Schema } from '../../schema'
import { findLabel } from '../../schema'
import type { OffsetUnit } from '../../text'
import { createOffsetConverter } from '../../text'
import { checkGoldRecord } from './checkGoldRecord'
import { GOLD_FORMAT, goldFormatVersionOf, type GoldEntity, type GoldEvent, type GoldRecord } from './goldRecord'

/** Thrown when a document cannot be exported faithfully; the message names the document and span. */
export class GoldExportError extends Error {
  override readonly name = 'GoldExportError'
}

export interface GoldRecordOptions {
  /** Unit of the written offsets; `codepoint` (Python's) unless asked otherwise. */
  readonly offsetUnit?: OffsetUnit
  /** ISO 8601 time of the export, the same for every record of one file. */
  readonly exportedAt: string
}

/** Code unit order, not localeCompare: the output must not depend on the machine's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.label, b.label) || compareStrings(a.id, b.id)
}

/**
 * Builds the goldspan line of one document from one annotator's (or the gold) layer.
 * Spans whose label is an event type become events (id and type those of the trigger
 * span, with its arguments and attributes), the others entities; relations are copied.
 * A layer with link errors (a dangling or duplicate id) is refused. Before returning,
 * every entity, trigger and argument text is checked against the document in the stated
 * unit and every reference resolved; any mismatch throws a GoldExportError naming the
 * document, the span, its offsets and both texts, so an export never writes offsets a
 * reader would misplace nor an id that points nowhere.
 */
export function toGoldRecord(
  document: CorpusDocument,
  annotations: DocumentAnnotations,
  schema: Schema,
  options: GoldRecordOptions
): GoldRecord {
  const fail = (reason: string): never => {
    throw new GoldExportError(`cannot export document "${document.id}": ${reason}`)
  }
  if (annotations.documentId !== document.id) {
    fail(`the annotations given are for document "${annotations.documentId}"`)
  }
  if (annotations.spans.length > 0 && annotations.sha256 !== document.sha256) {
    fail(`the annotations were made on another text (sha256 ${annotations.sha256}, text now ${document.sha256})`)
  }
  const linkErrors = describeLinkErrors(findLinkProblems(annotations, schema))
  if (linkErrors) fail(linkErrors)
  const offsetUnit = options.offsetUnit ?? 'codepoint'
  const converter = createOffsetConverter(document.text)
  const convert = (span: Span, utf16Offset: number): number => {
    if (offsetUnit === 'utf16') return utf16Offset
    try {
      return converter.toCodePoint(utf16Offset)
    } catch (error) {
      return fail(`span "${span.id}" ${span.start}-${span.end} (utf16): ${(error as Error).message}`)
    }
  }
  const stated = new Map<string, { start: number; end: number; text: string }>()
  for (const span of annotations.spans) {
    stated.set(span.id, { start: convert(span, span.start), end: convert(span, span.end), text: document.text.slice(span.start, span.end) })
  }

  const entities: GoldEntity[] = []
  const events: GoldEvent[] = []
  for (const span of [...annotations.spans].sort(compareSpans)) {
    const kind = findLabel(schema, span.label)?.kind
    if (!kind) fail(`span "${span.id}" ${span.start}-${span.end} (utf16) has label "${span.label}", unknown to schema "${schema.name}"`)
    const { start, end, text } = stated.get(span.id) as { start: number; end: number; text: string }
    const attributes = { ...span.attributes }
    const provenance = span.provenance
      ? { provenance: { agreed_by: [...span.provenance.agreedBy], adjudicator: span.provenance.adjudicator, decided_at: span.provenance.decidedAt, decision: span.provenance.decision } }
      : {}
    const origin = span.suggestedBy ? { suggested_by: { model: span.suggestedBy.model, suggestion: span.suggestedBy.suggestion } } : {}
    if (kind === 'entity') {
      entities.push({ id: span.id, start, end, label: span.label, text, attributes, ...provenance, ...origin })
      continue
    }
    const args = (span.arguments ?? []).map(({ role, ref }) => {
      const target = stated.get(ref)
      return target ? { role, ref, ...target } : fail(`event "${span.id}": argument ${role} refers to "${ref}", which is no span of the document`)
    })
    events.push({ id: span.id, type: span.label, trigger: { start, end, text }, arguments: args, attributes, ...provenance, ...origin })
  }

  const record: GoldRecord = {
    id: document.id,
    text: document.text,
    sha256: document.sha256,
    offset_unit: offsetUnit,
    entities,
    events,
    relations: annotations.relations.map(({ id, type, head, tail }) => ({ id, type, head, tail })),
    meta: {
      annotator: annotations.annotator,
      status: annotations.status,
      schema: { name: schema.name, version: schema.version },
      exported_at: options.exportedAt,
      format: GOLD_FORMAT,
      format_version: goldFormatVersionOf([...entities, ...events])
    }
  }
  const problems = checkGoldRecord(record)
  if (problems.length > 0) fail(problems.join('; '))
  return record
}
