import { describe, expect, it } from 'vitest'
import { applyDocumentOperation } from '../../../src/core/annotations'
import type { DocumentAnnotations, Span } from '../../../src/core/model'
import { acceptAllAgreed, acceptVersion, findDisagreements } from '../../../src/core/review'

const T = '2026-01-01T00:00:00.000Z'
const NOW = '2026-11-25T18:00:00.000Z'

function layer(annotator: string, spans: [string, number, number, string][], attributes?: Record<string, string>): DocumentAnnotations {
  return {
    version: 2,
    documentId: 'd1',
    sha256: 'a'.repeat(64),
    annotator,
    status: 'done',
    offsetUnit: 'utf16',
    spans: spans.map(([id, start, end, label]): Span => ({ id, start, end, label, annotator, created: T, updated: T, ...(attributes ? { attributes } : {}) })),
    relations: []
  }
}

const alice = layer('alice', [['T1', 0, 5, 'PER'], ['T2', 10, 15, 'ORG']], { Note: 'x' })
const bob = layer('bob', [['T1', 0, 5, 'PER'], ['T2', 10, 15, 'LOC']])
const carol = layer('carol', [['T7', 0, 5, 'PER'], ['T8', 10, 15, 'ORG']])
const emptyGold = { ...layer('gold', []), status: 'in_progress' as const }
const { units } = findDisagreements([
  { annotator: 'alice', annotations: alice },
  { annotator: 'bob', annotations: bob },
  { annotator: 'carol', annotations: carol }
])
const [agreedUnit, labelUnit] = units

describe('acceptVersion', () => {
  it("copies the chosen version into gold with the annotators who had exactly it, the adjudicator and the time", () => {
    expect(labelUnit?.group).toBe('label-differs')
    const result = acceptVersion(emptyGold, labelUnit!, 'carol', 'lead', NOW)
    expect(result.annotations.spans).toEqual([
      {
        id: 'T1',
        start: 10,
        end: 15,
        label: 'ORG',
        annotator: 'gold',
        created: NOW,
        updated: NOW,
        // alice and carol both said ORG on 10-15; bob said LOC.
        provenance: { agreedBy: ['alice', 'carol'], adjudicator: 'lead', decidedAt: NOW, decision: 'accepted' }
      }
    ])
  })

  it('keeps attributes, and its inverse undoes it', () => {
    const result = acceptVersion(emptyGold, labelUnit!, 'alice', 'lead', NOW)
    expect(result.annotations.spans[0]?.attributes).toEqual({ Note: 'x' })
    expect(applyDocumentOperation(result.annotations, result.inverse).annotations).toEqual(emptyGold)
    expect(applyDocumentOperation(emptyGold, result.operation).annotations).toEqual(result.annotations)
  })

  it('accepts two versions of one unit as two spans, and refuses one gold already has', () => {
    const first = acceptVersion(emptyGold, labelUnit!, 'alice', 'lead', NOW)
    const both = acceptVersion(first.annotations, labelUnit!, 'bob', 'lead', NOW)
    expect(both.annotations.spans.map((span) => [span.id, span.label, span.provenance?.agreedBy])).toEqual([
      ['T1', 'ORG', ['alice', 'carol']],
      ['T2', 'LOC', ['bob']]
    ])
    expect(() => acceptVersion(first.annotations, labelUnit!, 'carol', 'lead', NOW)).toThrow('gold already has ORG 10-15 in document "d1"')
  })

  it('refuses an absent version, an unknown annotator and a layer other than gold', () => {
    const [onlyAlice] = findDisagreements([
      { annotator: 'alice', annotations: layer('alice', [['T1', 0, 5, 'PER']]) },
      { annotator: 'bob', annotations: layer('bob', []) }
    ]).units
    expect(() => acceptVersion(emptyGold, onlyAlice!, 'bob', 'lead', NOW)).toThrow('annotator "bob" marked nothing in the unit at 0-5')
    expect(() => acceptVersion(emptyGold, onlyAlice!, 'zed', 'lead', NOW)).toThrow('annotator "zed" is not part of the unit')
    expect(() => acceptVersion(alice, onlyAlice!, 'alice', 'lead', NOW)).toThrow('review decisions go to the "gold" layer')
  })
})

describe('acceptAllAgreed', () => {
  it('accepts only the agreed units, as one undoable batch, and adds nothing the second time', () => {
    expect(agreedUnit?.group).toBe('agreed')
    const result = acceptAllAgreed(emptyGold, units, 'lead', NOW)
    expect(result.annotations.spans.map((span) => [span.start, span.end, span.label, span.provenance?.agreedBy])).toEqual([[0, 5, 'PER', ['alice', 'bob', 'carol']]])
    expect(result.operation.kind).toBe('batch')
    expect(applyDocumentOperation(result.annotations, result.inverse).annotations).toEqual(emptyGold)
    const again = acceptAllAgreed(result.annotations, units, 'lead', NOW)
    expect(again.annotations).toEqual(result.annotations)
  })
})
