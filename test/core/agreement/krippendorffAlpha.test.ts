import { describe, expect, it } from 'vitest'
import { krippendorffAlpha, type AnnotationSet } from '../../../src/core/agreement'
import { codingTableAsSpans } from './codingTable'

describe('krippendorffAlpha (nominal)', () => {
  it('gives 0.743 on the reliability data of Krippendorff\'s Content Analysis (4 coders × 12 units)', () => {
    const set = codingTableAsSpans({
      A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null]
    })
    const alpha = krippendorffAlpha(set, ['A', 'B', 'C', 'D'])
    // Unit 12 has one value and is dropped; the 11 others hold n = 40 pairable values.
    expect(alpha.n_total).toBe(12)
    expect(alpha.n_used).toBe(11)
    expect(alpha.n_values).toBe(40)
    // Disagreeing units: 2 (2,2,3,2) gives 6/3, 6 (1,2,3,4) gives 12/3, 8 (1,1,2,1) gives 6/3: Σ_{c≠k} o_ck = 8.
    // n_1..n_5 = 9, 13, 10, 5, 3: Σ_{c≠k} n_c n_k = 40² − 384 = 1216. α = 1 − 39 · 8 / 1216 = 0.74342.
    expect(alpha.observed_disagreement).toBeCloseTo(8 / 40, 10)
    expect(alpha.value).toBeCloseTo(0.7434, 4)
  })

  it('gives 0.691 on the computational example of Wikipedia\'s "Krippendorff\'s alpha"', () => {
    const set = codingTableAsSpans({
      c1: [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
      c2: [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
      c3: [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4]
    })
    expect(krippendorffAlpha(set, ['c1', 'c2', 'c3']).value).toBeCloseTo(0.6914, 4)
  })

  it('treats a boundary one annotator did not mark as a missing value', () => {
    const set: AnnotationSet = {
      A: { d: [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'Y' }, { start: 6, end: 8, label: 'X' }] },
      B: { d: [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'X' }] }
    }
    // Units 0-2 (X,X), 3-5 (Y,X); 6-8 has one value. n = 4, n_X = 3, n_Y = 1; o_XY = o_YX = 1.
    // α = 1 − 3 · 2 / (2 · 3 · 1) = 0.
    const alpha = krippendorffAlpha(set, ['A', 'B'])
    expect(alpha).toMatchObject({ n_used: 2, n_total: 3, n_values: 4 })
    expect(alpha.value).toBeCloseTo(0, 10)
  })

  it('equals 1 for identical annotators', () => {
    const spans = [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'Y' }]
    expect(krippendorffAlpha({ A: { d: spans }, B: { d: spans }, C: { d: spans } }, ['A', 'B', 'C']).value).toBe(1)
  })

  it('returns null with a reason for degenerate data', () => {
    const lonely: AnnotationSet = { A: { d: [{ start: 0, end: 2, label: 'X' }] }, B: { d: [] } }
    expect(krippendorffAlpha(lonely, ['A', 'B'])).toMatchObject({ value: null, n_used: 0, reason: expect.stringContaining('two or more') })
    const single: AnnotationSet = { A: { d: [{ start: 0, end: 2, label: 'X' }] }, B: { d: [{ start: 0, end: 2, label: 'X' }] } }
    expect(krippendorffAlpha(single, ['A', 'B'])).toMatchObject({ value: null, reason: expect.stringContaining('expected disagreement is 0') })
  })
})
