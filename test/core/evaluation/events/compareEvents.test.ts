import { describe, expect, it } from 'vitest'
import { compareEvents, createEventScorer, type ScoredEvent } from '../../../../src/core/evaluation'

// Offsets stand for a sentence such as "L'armée a bombardé Alep puis des combats ont éclaté …":
// 0-7 "L'armée", 10-18 "bombardé", 19-23 "Alep", 33-40 "combats", 41-48 another trigger.
function event(start: number, end: number, type: string, ...args: [string, number, number][]): ScoredEvent {
  return { start, end, type, arguments: args.map(([role, argStart, argEnd]) => ({ role, start: argStart, end: argEnd })) }
}

describe('compareEvents', () => {
  it('counts an argument shared by two events once per event', () => {
    // Gold: Attack 10-18 {Attacker 0-7, Place 19-23}; Clash 33-40 {Place 19-23} — Alep fills both Places.
    // Pred: the same two triggers; the Clash lost its Place.
    const gold = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(33, 40, 'Clash', ['Place', 19, 23])]
    const pred = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(33, 40, 'Clash')]
    const { measures, perRole, perEventType } = compareEvents(gold, pred)
    // Triggers: 10-18 and 33-40 on both sides, same types → tp 2.
    expect(measures.trigger_identification).toEqual({ tp: 2, fp: 0, fn: 0 })
    expect(measures.trigger_classification).toEqual({ tp: 2, fp: 0, fn: 0 })
    // Gold arguments: (Attack@10-18, 0-7), (Attack@10-18, 19-23), (Clash@33-40, 19-23); pred has the first two → tp 2, fn 1.
    expect(measures.argument_identification).toEqual({ tp: 2, fp: 0, fn: 1 })
    expect(measures.argument_classification).toEqual({ tp: 2, fp: 0, fn: 1 })
    // By type: (Attack, 0-7), (Attack, 19-23), (Clash, 19-23) against the first two → the same counts.
    expect(measures.argument_identification_by_type).toEqual({ tp: 2, fp: 0, fn: 1 })
    expect(Object.fromEntries(perRole)).toEqual({ Attacker: { tp: 1, fp: 0, fn: 0 }, Place: { tp: 1, fp: 0, fn: 1 } })
    expect(Object.fromEntries(perEventType)).toEqual({ Attack: { tp: 1, fp: 0, fn: 0 }, Clash: { tp: 1, fp: 0, fn: 0 } })
  })

  it('counts the arguments of a mis-typed trigger as wrong, though the trigger is identified', () => {
    // Gold: Attack 10-18 {Attacker 0-7, Target 19-23}. Pred: Clash 10-18 {Participant 0-7, Place 19-23}.
    const gold = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Target', 19, 23])]
    const pred = [event(10, 18, 'Clash', ['Participant', 0, 7], ['Place', 19, 23])]
    const { measures, perRole, perEventType } = compareEvents(gold, pred)
    // Offsets 10-18 match → identified; type Clash ≠ Attack → classification fp 1 (Clash) and fn 1 (Attack).
    expect(measures.trigger_identification).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(measures.trigger_classification).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(Object.fromEntries(perEventType)).toEqual({ Attack: { tp: 0, fp: 0, fn: 1 }, Clash: { tp: 0, fp: 1, fn: 0 } })
    // Argument offsets 0-7 and 19-23 match, but their event's type differs → no argument identified: fp 2, fn 2.
    expect(measures.argument_identification).toEqual({ tp: 0, fp: 2, fn: 2 })
    expect(measures.argument_classification).toEqual({ tp: 0, fp: 2, fn: 2 })
    expect(measures.argument_identification_by_type).toEqual({ tp: 0, fp: 2, fn: 2 })
    expect(Object.fromEntries(perRole)).toEqual({
      Attacker: { tp: 0, fp: 0, fn: 1 },
      Target: { tp: 0, fp: 0, fn: 1 },
      Participant: { tp: 0, fp: 1, fn: 0 },
      Place: { tp: 0, fp: 1, fn: 0 }
    })
  })

  it('counts a duplicated prediction as a false positive, and a wrong role as identified but not classified', () => {
    // Gold: Attack 10-18 {Attacker 0-7, Target 19-23}.
    // Pred: Attack 10-18 {Attacker 0-7, Place 19-23} and again Attack 10-18 {Attacker 0-7}.
    const gold = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Target', 19, 23])]
    const pred = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(10, 18, 'Attack', ['Attacker', 0, 7])]
    const { measures, perRole } = compareEvents(gold, pred)
    // One gold trigger 10-18, two predicted: the second has nothing left to match → tp 1, fp 1.
    expect(measures.trigger_identification).toEqual({ tp: 1, fp: 1, fn: 0 })
    expect(measures.trigger_classification).toEqual({ tp: 1, fp: 1, fn: 0 })
    // Identification keys: gold {0-7, 19-23}, pred {0-7, 19-23, 0-7} (all on Attack@10-18) → tp 2, fp 1 (the repeated 0-7).
    expect(measures.argument_identification).toEqual({ tp: 2, fp: 1, fn: 0 })
    // With roles: gold {Attacker 0-7, Target 19-23}, pred {Attacker 0-7, Place 19-23, Attacker 0-7} → tp 1, fp 2, fn 1.
    expect(measures.argument_classification).toEqual({ tp: 1, fp: 2, fn: 1 })
    expect(Object.fromEntries(perRole)).toEqual({ Attacker: { tp: 1, fp: 1, fn: 0 }, Place: { tp: 0, fp: 1, fn: 0 }, Target: { tp: 0, fp: 0, fn: 1 } })
  })

  it('ties an argument to its trigger, unlike the by-type variant', () => {
    // Gold: Attack 10-18 {Place 19-23} and Attack 41-48 {}. Pred puts the Place on the second attack.
    const gold = [event(10, 18, 'Attack', ['Place', 19, 23]), event(41, 48, 'Attack')]
    const pred = [event(10, 18, 'Attack'), event(41, 48, 'Attack', ['Place', 19, 23])]
    const { measures } = compareEvents(gold, pred)
    // Anchored keys (Attack@10-18, 19-23) vs (Attack@41-48, 19-23) differ → tp 0, fp 1, fn 1.
    expect(measures.argument_identification).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(measures.argument_classification).toEqual({ tp: 0, fp: 1, fn: 1 })
    // By type both are (Attack, 19-23[, Place]) → tp 1.
    expect(measures.argument_identification_by_type).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(measures.argument_classification_by_type).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  it('swapping the two sides swaps fp and fn', () => {
    const gold = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Target', 19, 23])]
    const pred = [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(10, 18, 'Attack', ['Attacker', 0, 7])]
    expect(compareEvents(pred, gold).measures.argument_classification).toEqual({ tp: 1, fp: 1, fn: 2 })
  })
})

describe('createEventScorer', () => {
  it('gives null ratios, not NaN, when neither side has events', () => {
    const scorer = createEventScorer()
    scorer.addDocument([], [])
    expect(scorer.result().trigger_classification).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null })
  })

  it('sums counts over documents before scoring (micro)', () => {
    const scorer = createEventScorer()
    // Document 1 = the shared-argument case, document 2 = the duplicate case above.
    scorer.addDocument(
      [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(33, 40, 'Clash', ['Place', 19, 23])],
      [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(33, 40, 'Clash')]
    )
    scorer.addDocument(
      [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Target', 19, 23])],
      [event(10, 18, 'Attack', ['Attacker', 0, 7], ['Place', 19, 23]), event(10, 18, 'Attack', ['Attacker', 0, 7])]
    )
    const scores = scorer.result()
    expect(scores.documents).toBe(2)
    // Triggers: tp 2 + 1 = 3, fp 0 + 1 = 1, fn 0 → P 3/4, R 1, F1 6/7.
    expect(scores.trigger_identification).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1 })
    expect(scores.trigger_identification.f1).toBeCloseTo(6 / 7, 12)
    // Argument classification: tp 2 + 1 = 3, fp 0 + 2 = 2, fn 1 + 1 = 2 → P = R = F1 = 3/5.
    expect(scores.argument_classification).toMatchObject({ tp: 3, fp: 2, fn: 2 })
    expect(scores.argument_classification.f1).toBeCloseTo(0.6, 12)
    // Per role over both: Attacker tp 1+1, fp 0+1; Place tp 1+0, fp 0+1, fn 1+0; Target fn 1.
    expect(Object.keys(scores.per_role)).toEqual(['Attacker', 'Place', 'Target'])
    expect(scores.per_role.Attacker).toMatchObject({ tp: 2, fp: 1, fn: 0 })
    expect(scores.per_role.Place).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 })
    expect(scores.per_event_type.Attack).toMatchObject({ tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1 })
  })
})
