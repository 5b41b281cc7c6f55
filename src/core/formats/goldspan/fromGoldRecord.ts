import type { DocumentStatus, EventArgument, Relation, SpanProvenance, SuggestionOrigin } from '../../model'
import type { SpanBounds } from '../../annotations'
import { createOffsetConverter } from '../../text'
import type { GoldProvenance, GoldRecord, GoldSuggestedBy } from './goldRecord'

/** A span read back from a goldspan record, offsets in UTF-16 code units as the store keeps them. */
export interface ImportedSpan extends SpanBounds {
  readonly id: string
  /** Absent when the record has none, as the store keeps it. */
  readonly attributes?: Readonly<Record<string, string>>
  /** Only on triggers, and absent when the event has none. */
  readonly arguments?: readonly EventArgument[]
  /** Only in gold exports: how review decided the span. */
  readonly provenance?: SpanProvenance
  /** The model suggestion the span was accepted from, when the record says so. */
  readonly suggestedBy?: SuggestionOrigin
}

export interface ImportedDocument {
  readonly documentId: string
  readonly sha256: string
  readonly status: DocumentStatus
  readonly spans: ImportedSpan[]
  readonly relations: Relation[]
}

/** The attributes, or nothing when there are none (the store leaves the key out). */
function attributesOf(attributes: Readonly<Record<string, string>> | undefined): Pick<ImportedSpan, 'attributes'> {
  return attributes && Object.keys(attributes).length > 0 ? { attributes: { ...attributes } } : {}
}

function provenanceOf(provenance: GoldProvenance | undefined): Pick<ImportedSpan, 'provenance'> {
  if (!provenance) return {}
  return { provenance: { agreedBy: [...provenance.agreed_by], adjudicator: provenance.adjudicator, decidedAt: provenance.decided_at, decision: provenance.decision } }
}

function suggestedByOf(suggestedBy: GoldSuggestedBy | undefined): Pick<ImportedSpan, 'suggestedBy'> {
  return suggestedBy ? { suggestedBy: { model: suggestedBy.model, suggestion: suggestedBy.suggestion } } : {}
}

/**
 * Turns a record (already checked by parseGoldJsonl) into store spans and relations:
 * entities keep their id, label and attributes; an event becomes its trigger span, with
 * the event's id, its type as label, its arguments (`{role, ref}`; the repeated offsets
 * and text were checked against `ref`) and attributes. Offsets are converted to UTF-16.
 * Exporting the result again gives the same record.
 */
export function fromGoldRecord(record: GoldRecord): ImportedDocument {
  const converter = createOffsetConverter(record.text)
  const toUtf16 = (offset: number): number => (record.offset_unit === 'utf16' ? offset : converter.toUtf16(offset))
  const spans: ImportedSpan[] = [
    ...record.entities.map((entity) => ({
      id: entity.id,
      start: toUtf16(entity.start),
      end: toUtf16(entity.end),
      label: entity.label,
      ...attributesOf(entity.attributes),
      ...provenanceOf(entity.provenance),
      ...suggestedByOf(entity.suggested_by)
    })),
    ...record.events.map((event) => ({
      id: event.id,
      start: toUtf16(event.trigger.start),
      end: toUtf16(event.trigger.end),
      label: event.type,
      ...attributesOf(event.attributes),
      ...(event.arguments.length > 0 ? { arguments: event.arguments.map(({ role, ref }) => ({ role, ref })) } : {}),
      ...provenanceOf(event.provenance),
      ...suggestedByOf(event.suggested_by)
    }))
  ]
  const relations = record.relations.map(({ id, type, head, tail }) => ({ id, type, head, tail }))
  return { documentId: record.id, sha256: record.sha256, status: record.meta.status, spans, relations }
}
