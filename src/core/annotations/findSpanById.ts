import type { Span } from '../model'

/** The index of the first span starting at or after `start`, in spans sorted by start (binary search). */
export function firstSpanIndexFrom(spans: readonly Span[], start: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((spans[middle] as Span).start < start) low = middle + 1
    else high = middle
  }
  return low
}

/** The spans starting exactly at `start`, in order. */
export function spansStartingAt(spans: readonly Span[], start: number): Span[] {
  const found: Span[] = []
  for (let index = firstSpanIndexFrom(spans, start); index < spans.length && (spans[index] as Span).start === start; index++) found.push(spans[index] as Span)
  return found
}

/**
 * The span with this id. With `start` known (a selected span's, say) only the spans
 * starting there are read, O(log n) instead of comparing the id of every span; the full
 * search is the fallback, so a stale `start` gives the same answer, only slower.
 */
export function findSpanById(spans: readonly Span[], id: string, start?: number): Span | undefined {
  if (start !== undefined) {
    const near = spansStartingAt(spans, start).find((span) => span.id === id)
    if (near) return near
  }
  return spans.find((span) => span.id === id)
}
