import { describe, expect, it } from 'vitest'
import { applyDocumentOperation } from '../../../src/core/annotations'
import type { DocumentAnnotations, Relation, Span } from '../../../src/core/model'
import { addGoldLinks, planGoldLinks } from '../../../src/core/review/goldLinks'
import { defaultSchema } from '../../../src/core/schema'

const T = '2026-01-01T00:00:00.000Z'
const NOW = '2026-11-25T19:00:00.000Z'

type SpanRow = [id: string, start: number, end: number, label: string, args?: [role: string, ref: string][]]

function layer(annotator: string, rows: SpanRow[], relations: Relation[] = []): DocumentAnnotations {
  return {
    version: 2,
    documentId: 'd1',
    sha256: 'a'.repeat(64),
    annotator,
    status: 'done',
    offsetUnit: 'utf16',
    spans: rows.map(([id, start, end, label, args]): Span => ({
      id,
      start,
      end,
      label,
      annotator,
      created: T,
      updated: T,
      ...(args ? { arguments: args.map(([role, ref]) => ({ role, ref })) } : {})
    })),
    relations
  }
}

// Text positions (made up): army 0-5 ORG, strike 10-18 Attack, town 20-25 GPE, hill 30-34 LOC, day 40-45 DATE.
// alice: Attacker army, Place town, Time day; relation located_in hill→town.
const alice = layer(
  'alice',
  [['T1', 0, 5, 'ORG'], ['T2', 10, 18, 'Attack', [['Attacker', 'T1'], ['Place', 'T3'], ['Time', 'T5']]], ['T3', 20, 25, 'GPE'], ['T4', 30, 34, 'LOC'], ['T5', 40, 45, 'DATE']],
  [{ id: 'R1', type: 'located_in', head: 'T4', tail: 'T3' }]
)
// bob (other ids): Attacker army, Place hill (not town), no Time, did not mark the day; same relation.
const bob = layer(
  'bob',
  [['T9', 0, 5, 'ORG'], ['T8', 10, 18, 'Attack', [['Attacker', 'T9'], ['Place', 'T7']]], ['T6', 20, 25, 'GPE'], ['T7', 30, 34, 'LOC']],
  [{ id: 'R3', type: 'located_in', head: 'T7', tail: 'T6' }]
)
// Gold after span review: all five spans (ids of its own), no links yet.
const gold = layer('gold', [['T1', 0, 5, 'ORG'], ['T2', 10, 18, 'Attack'], ['T3', 20, 25, 'GPE'], ['T4', 30, 34, 'LOC'], ['T5', 40, 45, 'DATE']])
const sources = [
  { annotator: 'alice', annotations: alice },
  { annotator: 'bob', annotations: bob }
]

describe('planGoldLinks', () => {
  it('translates links to gold ids and splits them into agreed and disputed (worked by hand)', () => {
    const plan = planGoldLinks(gold, sources, defaultSchema)
    // Attacker T1: both proposed it, both marked both ends → agreed.
    // Time T5: only alice marked the day, so only she could have made it; she did → agreed.
    // located_in T4→T3: both → agreed.
    // Place: alice says town (T3), bob says hill (T4); Place is not repeatable → both disputed.
    expect(plan.agreed).toEqual([
      { kind: 'argument', eventId: 'T2', role: 'Attacker', ref: 'T1', proposedBy: ['alice', 'bob'], couldHave: ['alice', 'bob'] },
      { kind: 'argument', eventId: 'T2', role: 'Time', ref: 'T5', proposedBy: ['alice'], couldHave: ['alice'] },
      { kind: 'relation', type: 'located_in', head: 'T4', tail: 'T3', proposedBy: ['alice', 'bob'], couldHave: ['alice', 'bob'] }
    ])
    expect(plan.disputed).toEqual([
      { kind: 'argument', eventId: 'T2', role: 'Place', ref: 'T3', proposedBy: ['alice'], couldHave: ['alice', 'bob'] },
      { kind: 'argument', eventId: 'T2', role: 'Place', ref: 'T4', proposedBy: ['bob'], couldHave: ['alice', 'bob'] }
    ])
  })

  it('drops links whose ends gold does not have, and links gold already has', () => {
    const withoutDay = layer('gold', [['T1', 0, 5, 'ORG'], ['T2', 10, 18, 'Attack', [['Attacker', 'T1']]], ['T3', 20, 25, 'GPE'], ['T4', 30, 34, 'LOC']])
    const plan = planGoldLinks(withoutDay, sources, defaultSchema)
    expect([...plan.agreed, ...plan.disputed].map((link) => (link.kind === 'argument' ? `${link.role}→${link.ref}` : link.type))).toEqual(['located_in', 'Place→T3', 'Place→T4'])
  })

  it('a link one annotator made where the other marked both ends but no link is disputed', () => {
    const bobWithoutRelation = { ...bob, relations: [] }
    const plan = planGoldLinks(gold, [sources[0]!, { annotator: 'bob', annotations: bobWithoutRelation }], defaultSchema)
    expect(plan.disputed.filter((link) => link.kind === 'relation')).toEqual([
      { kind: 'relation', type: 'located_in', head: 'T4', tail: 'T3', proposedBy: ['alice'], couldHave: ['alice', 'bob'] }
    ])
  })
})

describe('addGoldLinks', () => {
  it('adds the agreed links as one undoable batch', () => {
    const { agreed } = planGoldLinks(gold, sources, defaultSchema)
    const result = addGoldLinks(gold, agreed, NOW)
    expect(result.annotations.spans.find((span) => span.id === 'T2')?.arguments).toEqual([
      { role: 'Attacker', ref: 'T1' },
      { role: 'Time', ref: 'T5' }
    ])
    expect(result.annotations.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T4', tail: 'T3' }])
    expect(applyDocumentOperation(result.annotations, result.inverse).annotations).toEqual(gold)
  })

  it('refuses a layer other than gold', () => {
    expect(() => addGoldLinks(alice, [], NOW)).toThrow('links go to the "gold" layer, not to annotator "alice"')
  })
})
