import type { AgreementSpan } from './annotationSet'

/** A reference span and an other span matched to each other, by index in the lists given. */
export interface SpanMatch {
  readonly referenceIndex: number
  readonly otherIndex: number
}

interface Candidate extends SpanMatch {
  readonly overlap: number
  readonly boundaryDistance: number
}

function byStart(spans: readonly AgreementSpan[]): number[] {
  return spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[a]!.end - spans[b]!.end || a - b)
}

/** Every (reference, other) pair sharing at least one character, found in one sweep by start. */
function overlappingPairs(reference: readonly AgreementSpan[], other: readonly AgreementSpan[]): Candidate[] {
  const events = [
    ...byStart(reference).map((index) => ({ side: 0, index, span: reference[index]! })),
    ...byStart(other).map((index) => ({ side: 1, index, span: other[index]! }))
  ].sort((a, b) => a.span.start - b.span.start || a.side - b.side)
  const open: [{ index: number; span: AgreementSpan }[], { index: number; span: AgreementSpan }[]] = [[], []]
  const candidates: Candidate[] = []
  for (const event of events) {
    const otherSide = 1 - event.side
    // Spans ending at or before this start can overlap nothing that starts later.
    open[otherSide] = open[otherSide]!.filter((entry) => entry.span.end > event.span.start)
    for (const entry of open[otherSide]!) {
      const [r, o] = event.side === 0 ? [event, entry] : [entry, event]
      candidates.push({
        referenceIndex: r.index,
        otherIndex: o.index,
        overlap: Math.min(r.span.end, o.span.end) - Math.max(r.span.start, o.span.start),
        boundaryDistance: Math.abs(r.span.start - o.span.start) + Math.abs(r.span.end - o.span.end)
      })
    }
    open[event.side]!.push(event)
  }
  return candidates
}

/**
 * Matches spans one-to-one, greedily: the pair with the largest overlap (in UTF-16 units)
 * first. Ties go to the pair whose boundaries differ least (|Δstart| + |Δend|), then to
 * the earlier reference span (start, end, list position), then to the earlier other span.
 * Labels are not looked at: callers pass spans of one label.
 */
export function matchOverlappingSpans(reference: readonly AgreementSpan[], other: readonly AgreementSpan[]): SpanMatch[] {
  const candidates = overlappingPairs(reference, other)
  const position = (spans: readonly AgreementSpan[], index: number): [number, number, number] => [spans[index]!.start, spans[index]!.end, index]
  const compare = (a: Candidate, b: Candidate): number => {
    if (a.overlap !== b.overlap) return b.overlap - a.overlap
    if (a.boundaryDistance !== b.boundaryDistance) return a.boundaryDistance - b.boundaryDistance
    const keys = [
      ...position(reference, a.referenceIndex).map((value, i) => value - position(reference, b.referenceIndex)[i]!),
      ...position(other, a.otherIndex).map((value, i) => value - position(other, b.otherIndex)[i]!)
    ]
    return keys.find((difference) => difference !== 0) ?? 0
  }
  candidates.sort(compare)
  const usedReference = new Set<number>()
  const usedOther = new Set<number>()
  const matches: SpanMatch[] = []
  for (const candidate of candidates) {
    if (usedReference.has(candidate.referenceIndex) || usedOther.has(candidate.otherIndex)) continue
    usedReference.add(candidate.referenceIndex)
    usedOther.add(candidate.otherIndex)
    matches.push({ referenceIndex: candidate.referenceIndex, otherIndex: candidate.otherIndex })
  }
  return matches
}
