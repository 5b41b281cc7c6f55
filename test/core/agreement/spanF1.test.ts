import { describe, expect, it } from 'vitest'
import { matchOverlappingSpans, spanF1, type AnnotationSet } from '../../../src/core/agreement'

const span = (start: number, end: number, label = 'X') => ({ start, end, label })

describe('spanF1 strict', () => {
  it('counts exact (start, end, label) matches, micro-summed over shared documents', () => {
    const set: AnnotationSet = {
      gold: { d1: [span(0, 4, 'PER'), span(6, 9, 'LOC'), span(10, 12, 'ORG')], d2: [span(0, 3, 'PER')], d3: [span(0, 1, 'PER')] },
      ann: { d1: [span(0, 4, 'PER'), span(6, 9, 'ORG'), span(10, 13, 'ORG')], d2: [span(0, 3, 'PER'), span(5, 7, 'LOC')] }
    }
    const result = spanF1(set, 'gold', 'ann', 'strict')
    // d3 is not shared. Matches: d1 0-4 PER, d2 0-3 PER → tp 2; ann extra: 6-9 ORG, 10-13 ORG, 5-7 LOC → fp 3;
    // gold missed: 6-9 LOC, 10-12 ORG → fn 2. P = 2/5, R = 2/4, F1 = 4/9.
    expect(result.documents).toBe(2)
    expect(result.overall).toEqual({ tp: 2, fp: 3, fn: 2, precision: 0.4, recall: 0.5, f1: 4 / 9 })
    expect(result.per_label.PER).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 })
    expect(result.per_label.LOC).toEqual({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 })
    expect(result.per_label.ORG).toEqual({ tp: 0, fp: 2, fn: 1, precision: 0, recall: 0, f1: 0 })
    expect(Object.keys(result.per_label)).toEqual(['LOC', 'ORG', 'PER'])
  })

  it('matches duplicate spans as a multiset', () => {
    const set: AnnotationSet = { a: { d: [span(0, 2), span(0, 2)] }, b: { d: [span(0, 2)] } }
    expect(spanF1(set, 'a', 'b', 'strict').overall).toMatchObject({ tp: 1, fp: 0, fn: 1 })
  })
})

describe('spanF1 overlap', () => {
  it('matches overlapping spans of the same label one-to-one, largest overlap first', () => {
    const set: AnnotationSet = {
      a: { d: [span(0, 10), span(20, 30, 'Y'), span(40, 50)] },
      // 0-3 overlaps 0-10 by 3 and 2-10 by 8: 2-10 wins, 0-3 is left over. 20-30 Y vs 22-35 Z: labels differ.
      b: { d: [span(0, 3), span(2, 10), span(22, 35, 'Z'), span(45, 60)] }
    }
    const result = spanF1(set, 'a', 'b', 'overlap')
    expect(result.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 })
    expect(result.per_label.X).toMatchObject({ tp: 2, fp: 1, fn: 0 })
    expect(result.per_label.Y).toMatchObject({ tp: 0, fp: 0, fn: 1 })
    expect(result.per_label.Z).toMatchObject({ tp: 0, fp: 1, fn: 0 })
  })

  it('gives a span to the pair with the larger overlap even when found later', () => {
    // a1 0-10 and a2 8-20 both overlap b1 5-18 (by 5 and 10): b1 goes to a2, a1 stays unmatched.
    const matches = matchOverlappingSpans([span(0, 10), span(8, 20)], [span(5, 18)])
    expect(matches).toEqual([{ referenceIndex: 1, otherIndex: 0 }])
  })

  it('breaks ties by boundary distance, then by the earlier span', () => {
    // 2-6 overlaps 0-4 and 4-8 by 2, both at distance 4: the earlier other span wins.
    expect(matchOverlappingSpans([span(2, 6)], [span(4, 8), span(0, 4)])).toEqual([{ referenceIndex: 0, otherIndex: 1 }])
    // 2-6 overlaps 0-6 and 2-8 by 4; distances 2 and 2 → earlier other span 0-6.
    expect(matchOverlappingSpans([span(2, 6)], [span(2, 8), span(0, 6)])).toEqual([{ referenceIndex: 0, otherIndex: 1 }])
    // 0-10 overlaps 2-8 and 0-6 by 6 and 6; distances 4 and 4 → 0-6 (earlier start).
    expect(matchOverlappingSpans([span(0, 10)], [span(2, 8), span(0, 6)])).toEqual([{ referenceIndex: 0, otherIndex: 1 }])
    // 4-8 overlaps 1-6 and 6-9 by 2; distances 5 and 3 → 6-9, although it starts later.
    expect(matchOverlappingSpans([span(4, 8)], [span(1, 6), span(6, 9)])).toEqual([{ referenceIndex: 0, otherIndex: 1 }])
    // Identical reference spans: the first in list order is matched.
    expect(matchOverlappingSpans([span(0, 4), span(0, 4)], [span(0, 4)])).toEqual([{ referenceIndex: 0, otherIndex: 0 }])
  })

  it('does not count spans that only touch as overlapping', () => {
    expect(matchOverlappingSpans([span(0, 4)], [span(4, 8)])).toEqual([])
  })
})

describe('spanF1 properties', () => {
  const set: AnnotationSet = {
    a: { d1: [span(0, 4, 'PER'), span(6, 9, 'LOC'), span(3, 7, 'PER')], d2: [span(1, 5, 'ORG')] },
    b: { d1: [span(0, 5, 'PER'), span(6, 9, 'LOC'), span(10, 11, 'LOC')], d2: [span(2, 4, 'ORG'), span(0, 9, 'ORG')] }
  }

  it('gives F1 = 1 for identical annotators', () => {
    const same: AnnotationSet = { a: set.a!, b: set.a! }
    for (const mode of ['strict', 'overlap'] as const) expect(spanF1(same, 'a', 'b', mode).overall.f1).toBe(1)
  })

  it('is symmetric in F1, swapping precision with recall and fp with fn', () => {
    for (const mode of ['strict', 'overlap'] as const) {
      const ab = spanF1(set, 'a', 'b', mode).overall
      const ba = spanF1(set, 'b', 'a', mode).overall
      expect(ba).toEqual({ tp: ab.tp, fp: ab.fn, fn: ab.fp, precision: ab.recall, recall: ab.precision, f1: ab.f1 })
    }
  })

  it('leaves precision, recall and F1 null, not NaN, when nothing was marked', () => {
    const empty: AnnotationSet = { a: { d: [] }, b: { d: [span(0, 1)] } }
    expect(spanF1(empty, 'a', 'b', 'strict').overall).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 })
    expect(spanF1({ a: { d: [] }, b: { d: [] } }, 'a', 'b', 'overlap').overall).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
      precision: null,
      recall: null,
      f1: null
    })
  })
})
