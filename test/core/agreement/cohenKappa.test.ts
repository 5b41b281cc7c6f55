import { describe, expect, it } from 'vitest'
import { cohenKappa, type AnnotationSet } from '../../../src/core/agreement'
import { codingTableAsSpans, contingencyAsColumns } from './codingTable'

describe('cohenKappa', () => {
  it('gives 0.4 on the 50-item yes/no table of Wikipedia\'s "Cohen\'s kappa" (p_o = 0.7, p_e = 0.5)', () => {
    const set = codingTableAsSpans(
      contingencyAsColumns([
        ['yes', 'yes', 20],
        ['yes', 'no', 5],
        ['no', 'yes', 10],
        ['no', 'no', 15]
      ])
    )
    const kappa = cohenKappa(set, 'A', 'B')
    expect(kappa.value).toBeCloseTo(0.4, 4)
    expect(kappa.observed_agreement).toBeCloseTo(0.7, 4)
    expect(kappa.expected_agreement).toBeCloseTo(0.5, 4)
    expect(kappa.n_used).toBe(50)
    expect(kappa.n_total).toBe(50)
  })

  it('gives 0.3478 and 0.8013 on Artstein & Poesio (2008) pp. 558 and 568', () => {
    // p. 558: A_o = 0.7, A_e = 0.4·0.3 + 0.6·0.7 = 0.54, κ = 0.16/0.46.
    const twoCategories = codingTableAsSpans(
      contingencyAsColumns([
        ['STAT', 'STAT', 20],
        ['IReq', 'STAT', 20],
        ['STAT', 'IReq', 10],
        ['IReq', 'IReq', 50]
      ])
    )
    expect(cohenKappa(twoCategories, 'A', 'B').value).toBeCloseTo(0.3478, 4)
    // p. 568: A_o = 0.88, A_e = (46·52 + 44·32 + 10·16)/100² = 0.396, κ = 0.484/0.604.
    const threeCategories = codingTableAsSpans(
      contingencyAsColumns([
        ['STAT', 'STAT', 46],
        ['IReq', 'STAT', 6],
        ['IReq', 'IReq', 32],
        ['IReq', 'Chck', 6],
        ['Chck', 'Chck', 10]
      ])
    )
    const kappa = cohenKappa(threeCategories, 'A', 'B')
    expect(kappa.value).toBeCloseTo(0.8013, 4)
    expect(kappa.expected_agreement).toBeCloseTo(0.396, 4)
  })

  it('counts only boundaries both marked, and n_total every boundary either marked', () => {
    // Shared boundaries: 0-5 (PER/PER), 10-15 (LOC/ORG); A alone 20-25, B alone 30-35 and 0-6.
    const set: AnnotationSet = {
      A: { d: [{ start: 0, end: 5, label: 'PER' }, { start: 10, end: 15, label: 'LOC' }, { start: 20, end: 25, label: 'PER' }] },
      B: { d: [{ start: 0, end: 5, label: 'PER' }, { start: 10, end: 15, label: 'ORG' }, { start: 30, end: 35, label: 'LOC' }, { start: 0, end: 6, label: 'PER' }] }
    }
    const kappa = cohenKappa(set, 'A', 'B')
    expect(kappa.n_used).toBe(2)
    expect(kappa.n_total).toBe(5)
    // p_o = 1/2; A: PER 1/2, LOC 1/2; B: PER 1/2, ORG 1/2 → p_e = 1/4; κ = (1/2 − 1/4)/(3/4) = 1/3.
    expect(kappa.value).toBeCloseTo(1 / 3, 10)
  })

  it('treats several labels on one boundary as one combined category', () => {
    const set: AnnotationSet = {
      A: { d: [{ start: 0, end: 5, label: 'ORG' }, { start: 0, end: 5, label: 'LOC' }, { start: 10, end: 15, label: 'PER' }] },
      B: { d: [{ start: 0, end: 5, label: 'LOC' }, { start: 10, end: 15, label: 'PER' }] }
    }
    // Categories A: LOC+ORG, PER; B: LOC, PER → p_o = 1/2, p_e = 1/2·1/2 = 1/4, κ = 1/3.
    expect(cohenKappa(set, 'A', 'B').value).toBeCloseTo(1 / 3, 10)
    const withDuplicate: AnnotationSet = { ...set, A: { d: [...set.A!.d!, { start: 0, end: 5, label: 'LOC' }] } }
    expect(cohenKappa(withDuplicate, 'A', 'B').value).toBeCloseTo(1 / 3, 10)
  })

  it('is symmetric and equals 1 for identical annotators', () => {
    const spans = [{ start: 0, end: 3, label: 'PER' }, { start: 5, end: 9, label: 'LOC' }, { start: 12, end: 14, label: 'PER' }]
    const other = [{ start: 0, end: 3, label: 'LOC' }, { start: 5, end: 9, label: 'LOC' }, { start: 12, end: 14, label: 'PER' }]
    const set: AnnotationSet = { A: { d: spans }, B: { d: spans }, C: { d: other } }
    expect(cohenKappa(set, 'A', 'B').value).toBe(1)
    expect(cohenKappa(set, 'A', 'C').value).toBe(cohenKappa(set, 'C', 'A').value)
  })

  it('returns null with a reason, not NaN, when undefined', () => {
    const noShared: AnnotationSet = { A: { d: [{ start: 0, end: 3, label: 'PER' }] }, B: { d: [{ start: 1, end: 3, label: 'PER' }] } }
    expect(cohenKappa(noShared, 'A', 'B')).toMatchObject({ value: null, reason: expect.stringContaining('no boundary'), n_used: 0, n_total: 2 })
    const oneCategory: AnnotationSet = { A: { d: [{ start: 0, end: 3, label: 'PER' }] }, B: { d: [{ start: 0, end: 3, label: 'PER' }] } }
    expect(cohenKappa(oneCategory, 'A', 'B')).toMatchObject({ value: null, reason: expect.stringContaining('single') })
    expect(cohenKappa({ A: {}, B: {} }, 'A', 'B').value).toBeNull()
  })

  it('compares only documents both annotators have', () => {
    const set: AnnotationSet = {
      A: { d1: [{ start: 0, end: 3, label: 'PER' }, { start: 4, end: 6, label: 'LOC' }], d2: [{ start: 0, end: 3, label: 'LOC' }] },
      B: { d1: [{ start: 0, end: 3, label: 'PER' }, { start: 4, end: 6, label: 'LOC' }] }
    }
    expect(cohenKappa(set, 'A', 'B')).toMatchObject({ value: 1, n_used: 2, n_total: 2 })
  })

  it('rejects malformed spans and unknown annotators with a clear error', () => {
    expect(() => cohenKappa({ A: { d: [{ start: 4, end: 4, label: 'X' }] }, B: { d: [] } }, 'A', 'B')).toThrow(
      /annotator "A", document "d", span 0: offsets 4-4/
    )
    expect(() => cohenKappa({ A: { d: [] } }, 'A', 'Z')).toThrow(/unknown annotator "Z"/)
  })
})
