import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations, Span } from '../../../src/core/model'
import {
  acceptAgreedUnits,
  acceptAll,
  acceptOne,
  applyReviewChange,
  editUnit,
  findDisagreements,
  rejectUnit,
  reviewFileShape,
  reviewProgress,
  setGoldStatus,
  undecideUnit,
  unitKey,
  type ReviewChangeResult,
  type ReviewState
} from '../../../src/core/review'

const T = '2026-01-01T00:00:00.000Z'
const NOW = '2026-11-25T18:00:00.000Z'
const BY = { adjudicator: 'lead', now: NOW }

function layer(annotator: string, spans: [string, number, number, string][]): DocumentAnnotations {
  return {
    version: 2,
    documentId: 'd1',
    sha256: 'a'.repeat(64),
    annotator,
    status: 'done',
    offsetUnit: 'utf16',
    spans: spans.map(([id, start, end, label]): Span => ({ id, start, end, label, annotator, created: T, updated: T })),
    relations: []
  }
}

// Four units, one per kind of (dis)agreement:
//   0-5   agreed                 alice PER, bob PER
//   10-15 label-differs          alice ORG, bob LOC
//   20-25 boundary-differs       alice 20-25 LOC, bob 21-25 LOC
//   30-35 only-one               bob MISC
const alice = layer('alice', [['T1', 0, 5, 'PER'], ['T2', 10, 15, 'ORG'], ['T3', 20, 25, 'LOC']])
const bob = layer('bob', [['T1', 0, 5, 'PER'], ['T2', 10, 15, 'LOC'], ['T3', 21, 25, 'LOC'], ['T4', 30, 35, 'MISC']])
const units = findDisagreements([
  { annotator: 'alice', annotations: alice },
  { annotator: 'bob', annotations: bob }
]).units
const [agreed, labelDiffers, boundaryDiffers, onlyOne] = units as [(typeof units)[number], (typeof units)[number], (typeof units)[number], (typeof units)[number]]
const start: ReviewState = { gold: { ...layer('gold', []), status: 'in_progress' }, decisions: [] }

function goldSpans(state: ReviewState) {
  return state.gold.spans.map((span) => [span.id, span.start, span.end, span.label, span.provenance?.agreedBy, span.provenance?.decision])
}

describe('unitKey', () => {
  it("names a unit by its versions' spans, annotators in name order", () => {
    expect(units.map((unit) => unit.group)).toEqual(['agreed', 'label-differs', 'boundary-differs', 'only-one'])
    expect(unitKey(labelDiffers)).toBe('alice=10-15:ORG;bob=10-15:LOC')
    expect(unitKey(onlyOne)).toBe('alice=-;bob=30-35:MISC')
    const reversed = findDisagreements([
      { annotator: 'bob', annotations: bob },
      { annotator: 'alice', annotations: alice }
    ]).units
    expect(reversed.map(unitKey)).toEqual(units.map(unitKey))
  })
})

describe('review decisions', () => {
  it('accept one: the chosen version goes to gold, with who had it, and the unit is resolved', () => {
    const { state } = acceptOne(start, labelDiffers, 'bob', BY)
    expect(goldSpans(state)).toEqual([['T1', 10, 15, 'LOC', ['bob'], 'accepted']])
    expect(state.gold.spans[0]?.provenance).toEqual({ agreedBy: ['bob'], adjudicator: 'lead', decidedAt: NOW, decision: 'accepted' })
    expect(state.decisions).toEqual([
      { unitKey: 'alice=10-15:ORG;bob=10-15:LOC', outcome: 'accepted', annotators: ['bob'], adjudicator: 'lead', decidedAt: NOW, goldSpanIds: ['T1'] }
    ])
    expect(reviewProgress(units, state.decisions)).toEqual({ resolved: 1, total: 4 })
  })

  it('accept one refuses an annotator absent from the unit', () => {
    expect(() => acceptOne(start, onlyOne, 'alice', BY)).toThrow(/"alice" marked nothing in the unit at 30-35/)
  })

  it('accept all: every version becomes a gold span', () => {
    const { state } = acceptAll(start, boundaryDiffers, BY)
    expect(goldSpans(state)).toEqual([
      ['T1', 20, 25, 'LOC', ['alice'], 'accepted'],
      ['T2', 21, 25, 'LOC', ['bob'], 'accepted']
    ])
    expect(state.decisions[0]).toMatchObject({ outcome: 'accepted-all', annotators: ['alice', 'bob'], goldSpanIds: ['T1', 'T2'] })
  })

  it('none: no gold span, yet the unit counts as resolved', () => {
    const { state } = rejectUnit(start, onlyOne, BY)
    expect(state.gold.spans).toEqual([])
    expect(state.decisions).toEqual([{ unitKey: 'alice=-;bob=30-35:MISC', outcome: 'none', annotators: [], adjudicator: 'lead', decidedAt: NOW, goldSpanIds: [] }])
    expect(reviewProgress(units, state.decisions)).toEqual({ resolved: 1, total: 4 })
  })

  it("edit: the adjudicator's boundary and label, decision edited, agreedBy those who had exactly it", () => {
    const edited = editUnit(start, boundaryDiffers, { start: 20, end: 24, label: 'ORG' }, BY).state
    expect(goldSpans(edited)).toEqual([['T1', 20, 24, 'ORG', [], 'edited']])
    // Editing to bob's span exactly: bob agreed with the result.
    const likeBob = editUnit(start, boundaryDiffers, { start: 21, end: 25, label: 'LOC' }, BY).state
    expect(goldSpans(likeBob)).toEqual([['T1', 21, 25, 'LOC', ['bob'], 'edited']])
    expect(() => editUnit(start, boundaryDiffers, { start: 24, end: 24, label: 'LOC' }, BY)).toThrow(/24-24 is not a non-empty range/)
  })

  it('deciding a unit again replaces the earlier decision and its gold spans', () => {
    const first = acceptOne(start, labelDiffers, 'alice', BY)
    const second = acceptOne(first.state, labelDiffers, 'bob', BY)
    // alice's T1 is removed first, so the next free id is T1 again.
    expect(goldSpans(second.state)).toEqual([['T1', 10, 15, 'LOC', ['bob'], 'accepted']])
    expect(second.state.decisions).toHaveLength(1)
    expect(second.state.decisions[0]).toMatchObject({ annotators: ['bob'], goldSpanIds: ['T1'] })
    expect(applyReviewChange(second.state, second.inverse).state).toEqual(first.state)
  })

  it('accept all agreed: only undecided agreed units, all their annotators in agreedBy; twice adds nothing', () => {
    const once = acceptAgreedUnits(start, units, BY).state
    expect(goldSpans(once)).toEqual([['T1', 0, 5, 'PER', ['alice', 'bob'], 'accepted']])
    expect(reviewProgress(units, once.decisions)).toEqual({ resolved: 1, total: 4 })
    const twice = acceptAgreedUnits(once, units, BY)
    expect(twice.state).toEqual(once)
    // An agreed unit the adjudicator already rejected stays rejected.
    const rejected = rejectUnit(start, agreed, BY).state
    expect(acceptAgreedUnits(rejected, units, BY).state).toEqual(rejected)
  })

  it('undecide removes the gold spans and the decision', () => {
    const decided = acceptAll(start, boundaryDiffers, BY).state
    expect(undecideUnit(decided, boundaryDiffers).state).toEqual(start)
  })

  it('every step is undone by its inverse and replayed by its change, in sequence', () => {
    const steps: ((state: ReviewState) => ReviewChangeResult)[] = [
      (state) => acceptAgreedUnits(state, units, BY),
      (state) => acceptOne(state, labelDiffers, 'alice', BY),
      (state) => editUnit(state, boundaryDiffers, { start: 20, end: 24, label: 'LOC' }, BY),
      (state) => rejectUnit(state, onlyOne, BY),
      (state) => setGoldStatus(state, 'done')
    ]
    const history: ReviewChangeResult[] = []
    let state = start
    for (const step of steps) {
      const result = step(state)
      history.push(result)
      state = result.state
    }
    expect(state.gold.status).toBe('done')
    expect(goldSpans(state)).toEqual([
      ['T1', 0, 5, 'PER', ['alice', 'bob'], 'accepted'],
      ['T2', 10, 15, 'ORG', ['alice'], 'accepted'],
      ['T3', 20, 24, 'LOC', [], 'edited']
    ])
    expect(reviewProgress(units, state.decisions)).toEqual({ resolved: 4, total: 4 })
    const final = state
    for (const result of [...history].reverse()) state = applyReviewChange(state, result.inverse).state
    expect(state).toEqual(start)
    for (const result of history) state = applyReviewChange(state, result.change).state
    expect(state).toEqual(final)
  })

  it('a decision still applies after the units are recomputed, and no longer once an annotator changes the unit', () => {
    const { state } = rejectUnit(start, onlyOne, BY)
    const reloaded = findDisagreements([
      { annotator: 'alice', annotations: alice },
      { annotator: 'bob', annotations: bob }
    ]).units
    expect(reviewProgress(reloaded, state.decisions)).toEqual({ resolved: 1, total: 4 })
    const bobChanged = layer('bob', [['T1', 0, 5, 'PER'], ['T2', 10, 15, 'LOC'], ['T3', 21, 25, 'LOC'], ['T4', 30, 36, 'MISC']])
    const changed = findDisagreements([
      { annotator: 'alice', annotations: alice },
      { annotator: 'bob', annotations: bobChanged }
    ]).units
    expect(reviewProgress(changed, state.decisions)).toEqual({ resolved: 0, total: 4 })
  })
})

describe('reviewFileShape', () => {
  it('refuses a unit decided twice', () => {
    const decision = { unitKey: 'alice=-;bob=30-35:MISC', outcome: 'none', annotators: [], adjudicator: 'lead', decidedAt: NOW, goldSpanIds: [] }
    const result = reviewFileShape.safeParse({ version: 1, documentId: 'd1', decisions: [decision, decision] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('unit "alice=-;bob=30-35:MISC" is decided twice')
  })
})

describe('review decisions with three annotators', () => {
  const withNote = (annotations: DocumentAnnotations): DocumentAnnotations => ({ ...annotations, spans: annotations.spans.map((span) => ({ ...span, attributes: { Note: 'x' } })) })
  const trio = findDisagreements([
    { annotator: 'alice', annotations: withNote(layer('alice', [['T1', 10, 15, 'ORG']])) },
    { annotator: 'bob', annotations: layer('bob', [['T1', 10, 15, 'LOC']]) },
    { annotator: 'carol', annotations: layer('carol', [['T8', 10, 15, 'ORG']]) }
  ]).units[0]!

  it("lists in agreedBy every annotator who had the accepted span, and keeps the chosen version's attributes", () => {
    expect(trio.group).toBe('label-differs')
    const [span] = acceptOne(start, trio, 'alice', BY).state.gold.spans
    expect(span).toEqual({
      id: 'T1',
      start: 10,
      end: 15,
      label: 'ORG',
      annotator: 'gold',
      created: NOW,
      updated: NOW,
      attributes: { Note: 'x' },
      // alice and carol both said ORG on 10-15; bob said LOC.
      provenance: { agreedBy: ['alice', 'carol'], adjudicator: 'lead', decidedAt: NOW, decision: 'accepted' }
    })
  })

  it('refuses an annotator outside the unit and a layer other than gold', () => {
    expect(() => acceptOne(start, trio, 'zed', BY)).toThrow('annotator "zed" is not part of the unit at 10-15')
    expect(() => rejectUnit({ gold: alice, decisions: [] }, trio, BY)).toThrow('review decisions go to the "gold" layer, not to annotator "alice"')
  })
})
