import { z } from 'zod'
import { DOCUMENT_STATUSES, PROVENANCE_DECISIONS } from '../../model'
import { OFFSET_UNITS } from '../../text'

/**
 * The `meta.format` every goldspan line carries, and the newest version this code reads and
 * writes. It reads versions 1 to 3; version 2 added `attributes` to entities (and fills event
 * arguments, attributes and relations, which version 1 exports left empty); version 3 added
 * `suggested_by`. A line is written with the oldest version that holds it (goldFormatVersionOf),
 * so readers of version 2 still read every line without a suggestion's origin.
 */
export const GOLD_FORMAT = 'goldspan'
export const GOLD_FORMAT_VERSION = 3
/** The version of lines whose spans carry no `suggested_by`. */
const GOLD_FORMAT_VERSION_WITHOUT_SUGGESTIONS = 2

const nonNegativeInteger = z.number().int().nonnegative()
const spanId = z.string().min(1)

const attributes = z.record(z.string().min(1), z.string())

/** The model suggestion an annotator accepted to make the span (version 3). */
const suggestedBy = z.object({ model: z.string().min(1), suggestion: z.string().min(1) }).strict()

/** How review decided a span of a gold export (only gold exports carry it). */
const provenance = z
  .object({
    agreed_by: z.array(z.string().min(1)),
    adjudicator: z.string().min(1),
    decided_at: z.string().min(1),
    decision: z.enum(PROVENANCE_DECISIONS)
  })
  .strict()

/** An entity mention. Offsets are in the record's `offset_unit`, `end` exclusive. `attributes` is absent in version 1. */
const goldEntityShape = z
  .object({
    id: spanId,
    start: nonNegativeInteger,
    end: nonNegativeInteger,
    label: z.string().min(1),
    text: z.string(),
    attributes: attributes.optional(),
    provenance: provenance.optional(),
    suggested_by: suggestedBy.optional()
  })
  .strict()

const goldTriggerShape = z.object({ start: nonNegativeInteger, end: nonNegativeInteger, text: z.string() }).strict()

/** A role filled by another span of the record (`ref`), with that span's offsets and text repeated. */
const goldArgumentShape = z
  .object({ role: z.string().min(1), ref: spanId, start: nonNegativeInteger, end: nonNegativeInteger, text: z.string() })
  .strict()

const goldEventShape = z
  .object({
    id: spanId,
    type: z.string().min(1),
    trigger: goldTriggerShape,
    arguments: z.array(goldArgumentShape),
    attributes,
    provenance: provenance.optional(),
    suggested_by: suggestedBy.optional()
  })
  .strict()

const goldRelationShape = z.object({ id: spanId, type: z.string().min(1), head: spanId, tail: spanId }).strict()

const goldMetaShape = z
  .object({
    annotator: z.string().min(1),
    status: z.enum(DOCUMENT_STATUSES),
    schema: z.object({ name: z.string().min(1), version: nonNegativeInteger }).strict(),
    exported_at: z.string().min(1),
    format: z.literal(GOLD_FORMAT),
    format_version: z.union([z.literal(1), z.literal(2), z.literal(GOLD_FORMAT_VERSION)])
  })
  .strict()

/** One line of a goldspan JSONL file: one document with its spans. Documented in docs/format.md. */
export const goldRecordShape = z
  .object({
    id: z.string().min(1),
    text: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
    offset_unit: z.enum(OFFSET_UNITS as [string, ...string[]]).transform((unit) => unit as 'codepoint' | 'utf16'),
    entities: z.array(goldEntityShape),
    events: z.array(goldEventShape),
    relations: z.array(goldRelationShape),
    meta: goldMetaShape
  })
  .strict()

export type GoldRecord = z.output<typeof goldRecordShape>
export type GoldEntity = GoldRecord['entities'][number]
export type GoldEvent = GoldRecord['events'][number]
export type GoldRelation = GoldRecord['relations'][number]
export type GoldMeta = GoldRecord['meta']
export type GoldProvenance = NonNullable<GoldEntity['provenance']>
export type GoldSuggestedBy = NonNullable<GoldEntity['suggested_by']>

type MaybeSuggested = { readonly suggested_by?: GoldSuggestedBy }

/** Whether one of these entities or events says which model suggestion it was accepted from. */
export function carriesSuggestedBy(spans: readonly MaybeSuggested[]): boolean {
  return spans.some((span) => span.suggested_by !== undefined)
}

/** The oldest version that holds these spans: 3 when one carries `suggested_by`, else 2. */
export function goldFormatVersionOf(spans: readonly MaybeSuggested[]): 2 | 3 {
  return carriesSuggestedBy(spans) ? GOLD_FORMAT_VERSION : GOLD_FORMAT_VERSION_WITHOUT_SUGGESTIONS
}
