import type { AgreementSpan } from './annotationSet'

/** A reference span and an other span matched to each other, by index in the lists given. */
export interface SpanMatch {
  readonly referenceIndex: number
  readonly otherIndex: number
}

interface Candidate extends SpanMatch {
  /** Compared left to right: −overlap, boundary distance, reference start, end, index, other start, end, index. */
  readonly rank: readonly number[]
}

function compareRanks(a: Candidate, b: Candidate): number {
  for (let k = 0; k < a.rank.length; k++) {
    const difference = a.rank[k]! - b.rank[k]!
    if (difference !== 0) return difference
  }
  return 0
}

/** Every (reference, other) pair sharing at least one character, found in one sweep by start. */
function overlappingPairs(reference: readonly AgreementSpan[], other: readonly AgreementSpan[]): Candidate[] {
  const events = [
    ...reference.map((span, index) => ({ side: 0, index, span })),
    ...other.map((span, index) => ({ side: 1, index, span }))
  ].sort((a, b) => a.span.start - b.span.start || a.side - b.side)
  const open: [{ index: number; span: AgreementSpan }[], { index: number; span: AgreementSpan }[]] = [[], []]
  const candidates: Candidate[] = []
  for (const event of events) {
    const otherSide = 1 - event.side
    // Spans ending at or before this start can overlap nothing that starts later.
    open[otherSide] = open[otherSide]!.filter((entry) => entry.span.end > event.span.start)
    for (const entry of open[otherSide]!) {
      const [r, o] = event.side === 0 ? [event, entry] : [entry, event]
      const overlap = Math.min(r.span.end, o.span.end) - Math.max(r.span.start, o.span.start)
      const boundaryDistance = Math.abs(r.span.start - o.span.start) + Math.abs(r.span.end - o.span.end)
      candidates.push({
        referenceIndex: r.index,
        otherIndex: o.index,
        rank: [-overlap, boundaryDistance, r.span.start, r.span.end, r.index, o.span.start, o.span.end, o.index]
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
  const candidates = overlappingPairs(reference, other).sort(compareRanks)
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
