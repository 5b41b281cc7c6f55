import type { Schema } from '../schema'
import { findLabel } from '../schema'
import { splitsSurrogatePair } from '../text'

/** The part of a span that decides whether it fits a text: offsets in UTF-16 units. */
export interface SpanBounds {
  readonly start: number
  readonly end: number
  readonly label: string
}

/**
 * Says why a span cannot stand on `text` under `schema`, or returns null when it can.
 * Offsets are UTF-16 code units, `end` exclusive.
 */
export function findSpanProblem(text: string, span: SpanBounds, schema: Schema): string | null {
  const { start, end, label } = span
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets ${start}-${end} are not integers`
  if (start < 0 || end > text.length) return `offsets ${start}-${end} are outside the text (length ${text.length})`
  if (end <= start) return `span ${start}-${end} is empty or reversed`
  if (splitsSurrogatePair(text, start)) return `start ${start} splits a surrogate pair`
  if (splitsSurrogatePair(text, end)) return `end ${end} splits a surrogate pair`
  if (!findLabel(schema, label)) return `unknown label "${label}"`
  return null
}
