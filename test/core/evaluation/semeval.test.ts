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

describe('compareEntities on many spans', () => {
  /** The definition read literally (scan every gold entity for each prediction), as a reference for the binary search. */
  function naiveCounts(gold: ScoredEntity[], predicted: ScoredEntity[]): Record<string, number> {
    const key = (entity: ScoredEntity): string => `${entity.start}:${entity.end}:${entity.label}`
    const sorted = [...gold].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    const goldKeys = new Set(sorted.map(key))
    const touched = new Set<string>()
    const counts: Record<string, number> = { correct: 0, sameBoundaries: 0, overlapSameType: 0, overlapOtherType: 0, spurious: 0, missed: 0 }
    for (const prediction of predicted) {
      if (goldKeys.has(key(prediction))) {
        counts.correct!++
        touched.add(key(prediction))
        continue
      }
      const target = sorted.find((entity) => entity.start < prediction.end && prediction.start < entity.end)
      if (!target) {
        counts.spurious!++
        continue
      }
      touched.add(key(target))
      if (target.start === prediction.start && target.end === prediction.end) counts.sameBoundaries!++
      else if (target.label === prediction.label) counts.overlapSameType!++
      else counts.overlapOtherType!++
    }
    counts.missed = sorted.filter((entity) => !touched.has(key(entity))).length
    return counts
  }

  it('agrees with a full scan on nested and overlapping random spans, and stays fast', () => {
    let seed = 7
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    const spans = (count: number): ScoredEntity[] =>
      Array.from({ length: count }, () => {
        const start = random(200_000)
        return { start, end: start + 1 + random(random(5) === 0 ? 400 : 8), label: ['A', 'B', 'C'][random(3)]! }
      })
    const gold = spans(5_000)
    // Predictions near gold ones (same boundaries, shifted, relabelled) and random ones.
    const predicted = gold.map((entity, index): ScoredEntity => {
      const label = ['A', 'B', 'C'][random(3)]!
      if (index % 3 === 0) return { ...entity, label }
      if (index % 3 === 1) return { start: entity.start + 1, end: entity.end + 2, label }
      return spans(1)[0]!
    })
    const started = performance.now()
    const { overall } = compareEntities(gold, predicted)
    expect(performance.now() - started).toBeLessThan(1000)
    const expected = naiveCounts(gold, predicted)
    expect(overall.strict).toEqual({
      correct: expected.correct,
      incorrect: expected.sameBoundaries! + expected.overlapSameType! + expected.overlapOtherType!,
      partial: 0,
      missed: expected.missed,
      spurious: expected.spurious
    })
    expect(overall.exact.correct).toBe(expected.correct! + expected.sameBoundaries!)
    expect(overall.partial.partial).toBe(expected.overlapSameType! + expected.overlapOtherType!)
    expect(overall.type.correct).toBe(expected.correct! + expected.overlapSameType!)
    expect(expected.sameBoundaries! * expected.overlapSameType! * expected.overlapOtherType! * expected.spurious!).toBeGreaterThan(0)
  })
})
