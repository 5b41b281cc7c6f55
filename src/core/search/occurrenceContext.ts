import type { TextRange } from './searchOptions'

/** A match with some text either side, for result lists and previews. */
export interface OccurrenceContext {
  readonly before: string
  readonly match: string
  readonly after: string
}

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g

/** Moves `offset` off the middle of a surrogate pair, towards `direction`. */
function onCodePoint(text: string, offset: number, direction: 1 | -1): number {
  const code = text.charCodeAt(offset)
  return code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset + (direction === 1 ? 1 : -1) : offset
}

/**
 * Up to `width` code units of text on each side of `range` (never half an emoji), with line
 * breaks shown as " ⏎ " so one result stays one line.
 */
export function occurrenceContext(text: string, range: TextRange, width = 40): OccurrenceContext {
  const from = onCodePoint(text, Math.max(0, range.start - width), 1)
  const to = onCodePoint(text, Math.min(text.length, range.end + width), -1)
  const flat = (part: string): string => part.replace(LINE_BREAKS, ' ⏎ ')
  return { before: flat(text.slice(from, range.start)), match: flat(text.slice(range.start, range.end)), after: flat(text.slice(range.end, to)) }
}
