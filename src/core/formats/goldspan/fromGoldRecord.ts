import type { DocumentStatus } from '../../model'
import type { SpanBounds } from '../../annotations'
import { createOffsetConverter } from '../../text'
import type { GoldRecord } from './goldRecord'

/** A span read back from a goldspan record, offsets in UTF-16 code units as the store keeps them. */
export interface ImportedSpan extends SpanBounds {
  readonly id: string
}

export interface ImportedDocument {
  readonly documentId: string
  readonly sha256: string
  readonly status: DocumentStatus
  readonly spans: ImportedSpan[]
}

/** Thrown when a record holds something the annotation store cannot keep yet. */
export class GoldImportError extends Error {
  override readonly name = 'GoldImportError'
}

/**
 * Turns a record (already checked by parseGoldJsonl) into store spans: entities keep
 * their label, events become spans labelled with their type over the trigger. Offsets
 * are converted to UTF-16. Event arguments, attributes and relations have no place in
 * the store until the events issue; a record with any of them is refused rather than
 * imported with parts silently dropped.
 */
export function fromGoldRecord(record: GoldRecord): ImportedDocument {
  const refuse = (what: string): never => {
    throw new GoldImportError(`document "${record.id}": ${what}, which Goldspan cannot store yet`)
  }
  if (record.relations.length > 0) refuse(`has ${record.relations.length} relation(s)`)
  for (const event of record.events) {
    if (event.arguments.length > 0) refuse(`event "${event.id}" has arguments`)
    if (Object.keys(event.attributes).length > 0) refuse(`event "${event.id}" has attributes`)
  }
  const converter = createOffsetConverter(record.text)
  const toUtf16 = (offset: number): number => (record.offset_unit === 'utf16' ? offset : converter.toUtf16(offset))
  const spans: ImportedSpan[] = [
    ...record.entities.map((entity) => ({ id: entity.id, start: entity.start, end: entity.end, label: entity.label })),
    ...record.events.map((event) => ({ id: event.id, start: event.trigger.start, end: event.trigger.end, label: event.type }))
  ].map((span) => ({ ...span, start: toUtf16(span.start), end: toUtf16(span.end) }))
  return { documentId: record.id, sha256: record.sha256, status: record.meta.status, spans }
}
