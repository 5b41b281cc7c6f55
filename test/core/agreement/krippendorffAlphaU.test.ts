import { describe, expect, it } from 'vitest'
import { krippendorffAlphaU, type AnnotationSet } from '../../../src/core/agreement'

const unit = (start: number, length: number, label: string) => ({ start, end: start + length, label })

describe('krippendorffAlphaU', () => {
  it('reproduces Krippendorff (2004, p. 254): α_u(c) = 0.7286, α_u(k) = 1', () => {
    // The book's continuum runs from 150 to 450; shifted by −150 onto one document of length 300.
    const at = (begin: number, length: number, label: string) => unit(begin - 150, length, label)
    const set: AnnotationSet = {
      i: { d: [at(225, 70, 'c'), at(370, 30, 'c'), at(180, 60, 'k'), at(300, 50, 'k')] },
      j: { d: [at(220, 80, 'c'), at(355, 20, 'c'), at(400, 20, 'c'), at(180, 60, 'k'), at(300, 50, 'k')] }
    }
    const result = krippendorffAlphaU(set, ['i', 'j'], { d: 300 })
    expect(result.continuum_length).toBe(300)
    const c = result.per_label.c!
    // Σδ² = 5² + 5² (225/70 vs 220/80) + 15² + 25² (370/30 vs 355/20) + 20² (400/20 inside i's last gap) = 1300;
    // D_o = 2 · 1300 / (2 · 1 · 300²).
    expect(c.observed_disagreement).toBeCloseTo(1300 / 90000, 10)
    expect(c.observed_disagreement).toBeCloseTo(0.0144, 4)
    expect(c.expected_disagreement).toBeCloseTo(0.0532, 4)
    expect(c.value).toBeCloseTo(0.7286, 4)
    expect(c.units).toBe(5)
    const k = result.per_label.k!
    expect(k.observed_disagreement).toBe(0)
    expect(k.expected_disagreement).toBeCloseTo(0.049, 4)
    expect(k.value).toBe(1)
  })

  it('gives D_o = 0.03125 for pair A of Krippendorff (1995, p. 57): Bertha and Bill', () => {
    // L = 24. Bertha 2-10, 14-20; Bill 4-8, 15-17. Σδ² = (2² + 2²) + (1² + 3²) = 18; D_o = 2·18 / (2·24²).
    const set: AnnotationSet = {
      Bertha: { d: [unit(2, 8, 'A'), unit(14, 6, 'A')] },
      Bill: { d: [unit(4, 4, 'A'), unit(15, 2, 'A')] }
    }
    expect(krippendorffAlphaU(set, ['Bertha', 'Bill'], { d: 24 }).per_label.A!.observed_disagreement).toBeCloseTo(0.03125, 10)
  })

  it('charges a unit lying wholly inside the other annotator\'s gap its squared length', () => {
    // L = 10: A marks 2-4, B nothing. Only pair: A's unit inside B's gap 0-10 → δ² = 4, D_o = 2·4/(2·100) = 0.04.
    // D_e: N_c = 1, l = 2, gaps 0-2 and 4-10 (A) and 0-10 (B): (0 + 2² · [(2 − 1) + (6 − 1) + (10 − 1)]) · (2/10)
    // / (2·10·(2·10 − 1) − 2·1) = 12 / 378.
    const set: AnnotationSet = { A: { d: [unit(2, 2, 'X')] }, B: { d: [] } }
    const x = krippendorffAlphaU(set, ['A', 'B'], { d: 10 }).per_label.X!
    expect(x.observed_disagreement).toBeCloseTo(0.04, 10)
    expect(x.expected_disagreement).toBeCloseTo(12 / 378, 10)
    expect(x.value).toBeCloseTo(1 - 0.04 / (12 / 378), 10)
  })

  it('lays documents end to end in id order', () => {
    const split: AnnotationSet = {
      A: { d2: [unit(1, 3, 'X')], d1: [unit(0, 2, 'X'), unit(5, 4, 'Y')] },
      B: { d1: [unit(1, 2, 'X'), unit(5, 3, 'Y')], d2: [unit(2, 2, 'X')] }
    }
    const joined: AnnotationSet = {
      A: { d: [unit(0, 2, 'X'), unit(5, 4, 'Y'), unit(11, 3, 'X')] },
      B: { d: [unit(1, 2, 'X'), unit(5, 3, 'Y'), unit(12, 2, 'X')] }
    }
    const fromSplit = krippendorffAlphaU(split, ['A', 'B'], { d1: 10, d2: 8 })
    const fromJoined = krippendorffAlphaU(joined, ['A', 'B'], { d: 18 })
    expect(fromSplit.documents).toBe(2)
    expect(fromSplit.per_label).toEqual(fromJoined.per_label)
  })

  it('merges one annotator\'s overlapping spans of a label and says how many', () => {
    const overlapping: AnnotationSet = { A: { d: [unit(0, 5, 'X'), unit(3, 5, 'X')] }, B: { d: [unit(0, 8, 'X')] } }
    const result = krippendorffAlphaU(overlapping, ['A', 'B'], { d: 20 })
    expect(result.merged_spans).toBe(1)
    expect(result.per_label.X!.value).toBe(1)
  })

  it('is symmetric, equals 1 for identical annotators, and is not NaN when undefined', () => {
    const set: AnnotationSet = {
      A: { d: [unit(0, 3, 'X'), unit(6, 2, 'Y'), unit(10, 5, 'X')] },
      B: { d: [unit(1, 3, 'X'), unit(6, 3, 'Y')] },
      C: { d: [unit(0, 3, 'X'), unit(6, 2, 'Y'), unit(10, 5, 'X')] }
    }
    const lengths = { d: 20 }
    expect(krippendorffAlphaU(set, ['A', 'B'], lengths).per_label).toEqual(krippendorffAlphaU(set, ['B', 'A'], lengths).per_label)
    expect(krippendorffAlphaU(set, ['A', 'C'], lengths).per_label.X!.value).toBe(1)
    // L = 1 and both mark the only character: no gap and l = 1, so D_e = 0.
    const tiny: AnnotationSet = { A: { d: [unit(0, 1, 'X')] }, B: { d: [unit(0, 1, 'X')] } }
    expect(krippendorffAlphaU(tiny, ['A', 'B'], { d: 1 }).per_label.X).toMatchObject({ value: null, reason: 'expected disagreement is 0' })
    expect(krippendorffAlphaU(tiny, ['A'], { d: 1 }).per_label.X).toMatchObject({ value: null, reason: 'fewer than two annotators' })
  })

  it('needs every shared document\'s length, and spans inside it', () => {
    const set: AnnotationSet = { A: { d: [unit(0, 5, 'X')] }, B: { d: [] } }
    expect(() => krippendorffAlphaU(set, ['A', 'B'], {})).toThrow(/document "d": no text length/)
    expect(() => krippendorffAlphaU(set, ['A', 'B'], { d: 4 })).toThrow(/annotator "A", document "d": span 0-5 ends beyond the text \(length 4\)/)
  })
})
