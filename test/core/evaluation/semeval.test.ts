import { describe, expect, it } from 'vitest'
import { compareEntities, createEntityScorer, type ScoredEntity } from '../../../src/core/evaluation/semeval'

// The SemEval-2013 9.1 worked example (Segura-Bedmar et al. 2013, as tabulated in
// David Batista's "Named-Entity evaluation metrics based on entity-level" and the
// nervaluate README): one case of each of the six scenarios.
const text = 'tikosyn healthy of warfarin propranolol phenytoin oral contraceptives'
const at = (words: string, label: string): ScoredEntity => {
  const start = text.indexOf(words)
  return { start, end: start + words.length, label }
}
const gold = [at('tikosyn', 'BRAND'), at('warfarin', 'DRUG'), at('propranolol', 'DRUG'), at('phenytoin', 'DRUG'), at('contraceptives', 'GROUP')]
const predicted = [at('healthy', 'BRAND'), at('of warfarin', 'DRUG'), at('propranolol', 'BRAND'), at('phenytoin', 'DRUG'), at('oral contraceptives', 'DRUG')]

describe('SemEval-2013 9.1 entity scoring', () => {
  it('reproduces the published example: counts, possible/actual and P/R/F1 per scheme', () => {
    const scorer = createEntityScorer()
    scorer.addDocument(gold, predicted)
    const { micro } = scorer.result()
    // Published table: strict 1/3/0/1/1 → 0.2; exact 2/2/0/1/1 → 0.4; partial 2/0/2/1/1 → 0.6; type 2/2/0/1/1 → 0.4.
    expect(micro.strict).toEqual({ correct: 1, incorrect: 3, partial: 0, missed: 1, spurious: 1, possible: 5, actual: 5, precision: 0.2, recall: 0.2, f1: expect.closeTo(0.2, 12) })
    expect(micro.exact).toMatchObject({ correct: 2, incorrect: 2, partial: 0, missed: 1, spurious: 1, possible: 5, actual: 5, precision: 0.4, recall: 0.4 })
    expect(micro.partial).toMatchObject({ correct: 2, incorrect: 0, partial: 2, missed: 1, spurious: 1, possible: 5, actual: 5, precision: 0.6, recall: 0.6 })
    expect(micro.type).toMatchObject({ correct: 2, incorrect: 2, partial: 0, missed: 1, spurious: 1, possible: 5, actual: 5, precision: 0.4, recall: 0.4 })
    expect(micro.partial.f1).toBeCloseTo(0.6, 12)
  })

  it('scores per label (gold label for matches, predicted label for spurious) and macro-averages', () => {
    const scorer = createEntityScorer()
    scorer.addDocument(gold, predicted)
    const result = scorer.result()
    const byLabel = Object.fromEntries(result.byLabel.map((entry) => [entry.label, entry.scores]))
    expect(result.byLabel.map((entry) => entry.label)).toEqual(['BRAND', 'DRUG', 'GROUP'])
    // BRAND: tikosyn missed, "healthy" spurious.
    expect(byLabel.BRAND?.strict).toMatchObject({ correct: 0, missed: 1, spurious: 1, precision: 0, recall: 0, f1: 0 })
    // DRUG: phenytoin correct; warfarin (overlap) and propranolol (wrong type) incorrect under strict.
    expect(byLabel.DRUG?.strict).toMatchObject({ correct: 1, incorrect: 2, possible: 3, actual: 3 })
    expect(byLabel.DRUG?.strict.precision).toBeCloseTo(1 / 3, 12)
    // partial: phenytoin and propranolol correct, warfarin partial: (2 + 0.5) / 3.
    expect(byLabel.DRUG?.partial.precision).toBeCloseTo(2.5 / 3, 12)
    // GROUP: contraceptives overlapped by a DRUG: partial 1 → 0.5 / 1.
    expect(byLabel.GROUP?.partial).toMatchObject({ partial: 1, possible: 1, actual: 1, precision: 0.5, recall: 0.5 })
    // Macro strict F1 = (0 + 1/3 + 0) / 3.
    expect(result.macro.strict.f1).toBeCloseTo(1 / 9, 12)
  })

  it('judges a prediction against the first gold entity it overlaps; two predictions may touch one gold', () => {
    const counts = compareEntities(
      [{ start: 0, end: 10, label: 'PER' }, { start: 20, end: 30, label: 'LOC' }],
      [{ start: 0, end: 4, label: 'PER' }, { start: 5, end: 25, label: 'PER' }]
    )
    // Both predictions land on PER 0-10 (the first overlapped); LOC 20-30 is then missed.
    expect(counts.overall.strict).toEqual({ correct: 0, incorrect: 2, partial: 0, missed: 1, spurious: 0 })
    expect(counts.overall.partial).toEqual({ correct: 0, incorrect: 0, partial: 2, missed: 1, spurious: 0 })
    expect(counts.overall.type).toEqual({ correct: 2, incorrect: 0, partial: 0, missed: 1, spurious: 0 })
  })

  it('pools counts over documents (micro) and gives 0, not NaN, with nothing to score', () => {
    const scorer = createEntityScorer()
    scorer.addDocument([{ start: 0, end: 3, label: 'X' }], [{ start: 0, end: 3, label: 'X' }])
    scorer.addDocument([{ start: 0, end: 3, label: 'X' }], [])
    expect(scorer.result().micro.strict).toMatchObject({ correct: 1, missed: 1, precision: 1, recall: 0.5 })
    expect(scorer.result().micro.strict.f1).toBeCloseTo(2 / 3, 12)
    expect(scorer.result().documents).toBe(2)
    const empty = createEntityScorer().result()
    expect(empty.micro.exact).toMatchObject({ precision: 0, recall: 0, f1: 0 })
    expect(empty.macro.exact).toEqual({ precision: 0, recall: 0, f1: 0 })
  })
})
