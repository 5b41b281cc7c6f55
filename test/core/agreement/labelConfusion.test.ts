import { describe, expect, it } from 'vitest'
import { cohenKappa, labelConfusion, labelDistribution, type AgreementSpan } from '../../../src/core/agreement'

const span = (start: number, end: number, label: string): AgreementSpan => ({ start, end, label })
const set = {
  alice: { d1: [span(0, 3, 'PER'), span(5, 9, 'LOC'), span(10, 14, 'LOC'), span(20, 25, 'ORG')], d2: [span(0, 4, 'LOC')] },
  bob: { d1: [span(0, 3, 'PER'), span(5, 9, 'ORG'), span(10, 14, 'LOC'), span(30, 35, 'PER')], d2: [span(0, 4, 'LOC'), span(6, 8, 'ORG')] },
  carol: { d1: [span(0, 3, 'PER')] }
}

describe('labelConfusion', () => {
  it('crosses the labels of boundaries both marked and counts those only one marked', () => {
    // Boundaries: d1 0-3 PER/PER, 5-9 LOC/ORG, 10-14 LOC/LOC, 20-25 ORG/–, 30-35 –/PER; d2 0-4 LOC/LOC, 6-8 –/ORG.
    const confusion = labelConfusion(set, 'alice', 'bob')
    expect(confusion.labels).toEqual(['LOC', 'ORG', 'PER'])
    // Rows alice, columns bob: LOC→LOC twice (d1 10-14, d2 0-4), LOC→ORG once (5-9), PER→PER once.
    expect(confusion.counts).toEqual([
      [2, 1, 0],
      [0, 0, 0],
      [0, 0, 1]
    ])
    expect(confusion.only_first).toEqual([0, 1, 0])
    expect(confusion.only_second).toEqual([0, 1, 1])
    // The same units as Cohen's κ.
    expect(confusion.n_used).toBe(4)
    expect(cohenKappa(set, 'alice', 'bob').n_used).toBe(4)
  })

  it('is the transpose when the annotators swap', () => {
    const swapped = labelConfusion(set, 'bob', 'alice')
    expect(swapped.counts).toEqual([
      [2, 0, 0],
      [1, 0, 0],
      [0, 0, 1]
    ])
    expect(swapped.only_first).toEqual([0, 1, 1])
  })
})

describe('labelDistribution', () => {
  it('counts spans per label on the documents all annotated', () => {
    // carol has d1 only, so only d1 counts: alice LOC 2, ORG 1, PER 1; bob LOC 1, ORG 1, PER 2; carol PER 1.
    expect(labelDistribution(set, ['alice', 'bob', 'carol'])).toEqual({
      annotators: ['alice', 'bob', 'carol'],
      labels: ['LOC', 'ORG', 'PER'],
      counts: { alice: { LOC: 2, ORG: 1, PER: 1 }, bob: { LOC: 1, ORG: 1, PER: 2 }, carol: { LOC: 0, ORG: 0, PER: 1 } },
      documents: 1
    })
  })
})
