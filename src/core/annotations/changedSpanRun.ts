import type { Span } from '../model'

/**
 * The stretch of a spans array that an edit replaced. A span is never changed in place, and an
 * edit keeps the spans around it as the same objects, so once the runs of identical objects
 * at both ends are skipped, `before` and `after` hold what went and what came: a label in a
 * 10k-span document costs a walk of references instead of a lookup per span.
 */
export function changedSpanRun(before: readonly Span[], after: readonly Span[]): { readonly before: readonly Span[]; readonly after: readonly Span[] } {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let beforeEnd = before.length
  let afterEnd = after.length
  while (beforeEnd > start && afterEnd > start && before[beforeEnd - 1] === after[afterEnd - 1]) {
    beforeEnd--
    afterEnd--
  }
  return { before: before.slice(start, beforeEnd), after: after.slice(start, afterEnd) }
}
