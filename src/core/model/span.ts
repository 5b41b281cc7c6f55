/**
 * A labelled stretch of a document's text: an entity mention or an event trigger,
 * depending on whether its label is an entity type or an event type of the schema.
 *
 * Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive.
 * Exports convert them to the unit the output states (`offset_unit`).
 */
export interface Span {
  /** Unique within one annotator's document, e.g. `T12`. */
  readonly id: string
  readonly start: number
  readonly end: number
  readonly label: string
  readonly annotator: string
  /** ISO 8601 timestamps. */
  readonly created: string
  readonly updated: string
}
