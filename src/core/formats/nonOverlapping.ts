import type { InterchangeSpan } from './interchange'

/** Orders spans by start, then longer first, then label: the order every writer emits. */
export function compareSpans(a: InterchangeSpan, b: InterchangeSpan): number {
  return a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
}

/**
 * Splits spans into a non-overlapping set and the rest, for formats that cannot hold
 * overlaps (BIO tags, spaCy `doc.ents`). Scanning in `compareSpans` order keeps, of
 * overlapping spans, the one that starts first and, at equal starts, the longer one.
 */
export function selectNonOverlapping(spans: readonly InterchangeSpan[]): {
  kept: InterchangeSpan[]
  overlapping: InterchangeSpan[]
} {
  const kept: InterchangeSpan[] = []
  const overlapping: InterchangeSpan[] = []
  let keptEnd = -1
  for (const span of [...spans].sort(compareSpans)) {
    if (span.start < keptEnd) {
      overlapping.push(span)
    } else {
      kept.push(span)
      keptEnd = span.end
    }
  }
  return { kept, overlapping }
}
