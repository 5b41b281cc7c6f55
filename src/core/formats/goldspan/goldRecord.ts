import { z } from 'zod'
import { DOCUMENT_STATUSES, PROVENANCE_DECISIONS } from '../../model'
import { OFFSET_UNITS } from '../../text'

/**
 * The `meta.format` every goldspan line carries, and the version this code writes. It
 * reads versions 1 and 2; version 2 added `attributes` to entities (and fills event
 * arguments, attributes and relations, which version 1 exports left empty).
 */
export const GOLD_FORMAT = 'goldspan'
export const GOLD_FORMAT_VERSION = 2

const nonNegativeInteger = z.number().int().nonnegative()
const spanId = z.string().min(1)

const attributes = z.record(z.string().min(1), z.string())

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
    provenance: provenance.optional()
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
    provenance: provenance.optional()
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
    format_version: z.union([z.literal(1), z.literal(GOLD_FORMAT_VERSION)])
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
