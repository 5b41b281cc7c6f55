import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations, Span } from '../../../src/core/model'
import { acceptAgreedUnits, addGoldSpan, applyReviewChange, editUnit, findDisagreements, relabelGoldSpan, removeGoldSpan, unitKey, type ReviewState } from '../../../src/core/review'

const T = '2026-01-01T00:00:00.000Z'
const by = { adjudicator: 'lead', now: '2026-11-25T19:40:00.000Z' }

function layer(annotator: string, spans: Omit<Span, 'annotator' | 'created' | 'updated'>[], relations: DocumentAnnotations['relations'] = []): DocumentAnnotations {
  return { version: 2, documentId: 'd1', sha256: 'a'.repeat(64), annotator, status: 'in_progress', offsetUnit: 'utf16', spans: spans.map((span) => ({ ...span, annotator, created: T, updated: T })), relations }
}

// Both annotators: army 0-5 ORG and strike 10-18 Attack (agreed units); bob alone: town 20-25 as LOC.
const alice = layer('alice', [{ id: 'T1', start: 0, end: 5, label: 'ORG' }, { id: 'T2', start: 10, end: 18, label: 'Attack' }])
const bob = layer('bob', [{ id: 'T1', start: 0, end: 5, label: 'ORG' }, { id: 'T2', start: 10, end: 18, label: 'Attack' }, { id: 'T3', start: 20, end: 25, label: 'LOC' }])
const versions = [
  { annotator: 'alice', annotations: alice },
  { annotator: 'bob', annotations: bob }
]
const units = findDisagreements(versions).units
const empty: ReviewState = { gold: layer('gold', []), decisions: [] }
const agreed = acceptAgreedUnits(empty, units, by).state

describe('adjudicator edits of gold', () => {
  it('adds a span nobody marked with provenance "added", undoably', () => {
    const added = addGoldSpan(agreed, { start: 30, end: 34, label: 'LOC' }, versions, by)
    expect(added.state.gold.spans.map((span) => [span.id, span.start, span.label, span.provenance?.decision, span.provenance?.agreedBy])).toEqual([
      ['T1', 0, 'ORG', 'accepted', ['alice', 'bob']],
      ['T2', 10, 'Attack', 'accepted', ['alice', 'bob']],
      ['T3', 30, 'LOC', 'added', []]
    ])
    expect(added.state.decisions).toEqual(agreed.decisions)
    expect(applyReviewChange(added.state, added.inverse).state).toEqual(agreed)
    // bob marked the town as LOC: adding it names him, still as the adjudicator's addition.
    expect(addGoldSpan(agreed, { start: 20, end: 25, label: 'LOC' }, versions, by).state.gold.spans[2]?.provenance?.agreedBy).toEqual(['bob'])
    expect(() => addGoldSpan(agreed, { start: 0, end: 5, label: 'ORG' }, versions, by)).toThrow('gold already has ORG at 0-5')
    expect(() => addGoldSpan(agreed, { start: 5, end: 5, label: 'ORG' }, versions, by)).toThrow('not a non-empty range')
  })

  it('removing the span of an agreed unit makes its decision "none", and takes the span\'s arguments along', () => {
    const withArgument: ReviewState = { ...agreed, gold: { ...agreed.gold, spans: agreed.gold.spans.map((span) => (span.id === 'T2' ? { ...span, arguments: [{ role: 'Attacker', ref: 'T1' }] } : span)) } }
    const removed = removeGoldSpan(withArgument, 'T1', by)
    expect(removed.state.gold.spans.map((span) => [span.id, span.arguments ?? []])).toEqual([['T2', []]])
    const armyKey = unitKey(units[0]!)
    expect(removed.state.decisions.find((decision) => decision.unitKey === armyKey)).toEqual({ unitKey: armyKey, outcome: 'none', annotators: [], adjudicator: 'lead', decidedAt: by.now, goldSpanIds: [] })
    expect(applyReviewChange(removed.state, removed.inverse).state).toEqual(withArgument)
  })

  it('relabelling a gold span keeps its id, marks it and its unit "edited"', () => {
    const relabelled = relabelGoldSpan(agreed, 'T1', 'GPE', versions, by)
    expect(relabelled.state.gold.spans[0]).toMatchObject({ id: 'T1', label: 'GPE', provenance: { agreedBy: [], adjudicator: 'lead', decidedAt: by.now, decision: 'edited' } })
    expect(relabelled.state.decisions.find((decision) => decision.goldSpanIds.includes('T1'))?.outcome).toBe('edited')
    expect(applyReviewChange(relabelled.state, relabelled.inverse).state).toEqual(agreed)
    expect(() => relabelGoldSpan(agreed, 'T9', 'GPE', versions, by)).toThrow('no gold span "T9"')
  })

  it('a unit decided anew drops the links on its old gold span instead of failing', () => {
    const withArgument: ReviewState = { ...agreed, gold: { ...agreed.gold, spans: agreed.gold.spans.map((span) => (span.id === 'T2' ? { ...span, arguments: [{ role: 'Attacker', ref: 'T1' }] } : span)) } }
    const edited = editUnit(withArgument, units[0]!, { start: 0, end: 4, label: 'ORG' }, by)
    expect(edited.state.gold.spans.map((span) => [span.start, span.end, span.arguments ?? []])).toEqual([
      [0, 4, []],
      [10, 18, []]
    ])
  })
})
