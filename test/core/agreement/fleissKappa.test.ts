import { describe, expect, it } from 'vitest'
import { fleissKappa, type AnnotationSet } from '../../../src/core/agreement'
import { codingTableAsSpans, countTableAsColumns } from './codingTable'

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
const wikipediaTable = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7]
]

describe('fleissKappa', () => {
  it('gives 0.210 on the Wikipedia worked example (P̄ = 0.378, P̄_e = 0.213)', () => {
    const columns = countTableAsColumns(wikipediaTable, ['c1', 'c2', 'c3', 'c4', 'c5'])
    const set = codingTableAsSpans(columns)
    const kappa = fleissKappa(set, Object.keys(columns))
    expect(kappa.n_used).toBe(10)
    // P̄ = 3.780/10 and P̄_e = Σ p_j² = 0.143² + 0.200² + 0.279² + 0.150² + 0.229² from the page's column totals 20, 28, 39, 21, 32 over 140.
    expect(kappa.observed_agreement).toBeCloseTo(0.378, 3)
    expect(kappa.expected_agreement).toBeCloseTo((20 ** 2 + 28 ** 2 + 39 ** 2 + 21 ** 2 + 32 ** 2) / 140 ** 2, 10)
    // Σ_ij n_ij² = 828, so Σ P_i = (828 − 10·14)/(14·13) = 3.7802 and κ = (0.37802 − 0.21276)/(1 − 0.21276) = 0.20993,
    // which the page rounds to 0.210.
    expect(kappa.value).toBeCloseTo(0.21, 2)
    expect(kappa.value).toBeCloseTo(0.2099, 4)
  })

  it('uses only boundaries every annotator marked', () => {
    const set: AnnotationSet = {
      A: { d: [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'Y' }, { start: 6, end: 8, label: 'X' }] },
      B: { d: [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'X' }] },
      C: { d: [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'Y' }, { start: 6, end: 8, label: 'X' }] }
    }
    const kappa = fleissKappa(set, ['A', 'B', 'C'])
    expect(kappa.n_used).toBe(2)
    expect(kappa.n_total).toBe(3)
    // Subject 1: XXX → P=1; subject 2: YXY → (1+4−3)/6 = 1/3. P̄ = 2/3. p_X = 4/6, p_Y = 2/6 → P̄_e = 5/9.
    // κ = (2/3 − 5/9)/(4/9) = 1/4.
    expect(kappa.value).toBeCloseTo(0.25, 10)
  })

  it('equals 1 for identical annotators and does not depend on their order', () => {
    const spans = [{ start: 0, end: 2, label: 'X' }, { start: 3, end: 5, label: 'Y' }]
    const set: AnnotationSet = { A: { d: spans }, B: { d: spans }, C: { d: spans } }
    expect(fleissKappa(set, ['A', 'B', 'C']).value).toBe(1)
    const columns = countTableAsColumns(wikipediaTable, ['c1', 'c2', 'c3', 'c4', 'c5'])
    const names = Object.keys(columns)
    const wikipedia = codingTableAsSpans(columns)
    expect(fleissKappa(wikipedia, [...names].reverse()).value).toBeCloseTo(fleissKappa(wikipedia, names).value!, 12)
  })

  it('returns null with a reason for degenerate data', () => {
    const single: AnnotationSet = { A: { d: [{ start: 0, end: 2, label: 'X' }] }, B: { d: [{ start: 0, end: 2, label: 'X' }] } }
    expect(fleissKappa(single, ['A', 'B'])).toMatchObject({ value: null, reason: expect.stringContaining('single category') })
    expect(fleissKappa(single, ['A'])).toMatchObject({ value: null, reason: 'fewer than two annotators' })
    const disjoint: AnnotationSet = { A: { d: [{ start: 0, end: 2, label: 'X' }] }, B: { d: [{ start: 1, end: 2, label: 'X' }] } }
    expect(fleissKappa(disjoint, ['A', 'B'])).toMatchObject({ value: null, n_used: 0, n_total: 2 })
  })
})
