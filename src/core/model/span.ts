import type { EventArgument } from './eventArgument'
import type { SpanProvenance } from './spanProvenance'
import type { SuggestionOrigin } from './suggestion'

/**
 * A labelled stretch of a document's text: an entity mention or an event trigger,
 * depending on whether its label is an entity type or an event type of the schema.
 * A trigger *is* its event: the event's id is the span's id, its type the span's label,
 * and its arguments live on the span, so removing or restoring the span takes them along.
 *
 * Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive.
 * Exports convert them to the unit the output states (`offset_unit`).
 */
export interface Span {
  /** Unique within one annotator's document (across spans and relations), e.g. `T12`. */
  readonly id: string
  readonly start: number
  readonly end: number
  readonly label: string
  readonly annotator: string
  /** ISO 8601 timestamps. */
  readonly created: string
  readonly updated: string
  /** Attribute values by attribute name (schema `attributes`). Absent when there are none. */
  readonly attributes?: Readonly<Record<string, string>>
  /** Only on triggers: the event's arguments, in the order they were added. Absent when none. */
  readonly arguments?: readonly EventArgument[]
  /** Only in the gold layer: how review decided this span. Absent elsewhere and on spans added before review. */
  readonly provenance?: SpanProvenance
  /** Only on a span accepted from a model's suggestion: which model, and which suggestion. */
  readonly suggestedBy?: SuggestionOrigin
}
