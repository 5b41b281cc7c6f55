import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations, Relation, Span } from '../../../src/core/model'
import {
  acceptLink,
  addOwnLink,
  applyReviewChange,
  carryAgreedLinks,
  linkProgress,
  rejectLink,
  reviewFileShape,
  reviewLinks,
  type LinkDecision,
  type LinkReview,
  type ReviewState
} from '../../../src/core/review'
import { defaultSchema } from '../../../src/core/schema'

const T = '2026-01-01T00:00:00.000Z'
const by = { adjudicator: 'lead', now: '2026-11-25T19:30:00.000Z' }

type SpanRow = [id: string, start: number, end: number, label: string, args?: [role: string, ref: string][]]

function layer(annotator: string, rows: SpanRow[], relations: Relation[] = []): DocumentAnnotations {
  return {
    version: 2,
    documentId: 'd1',
    sha256: 'a'.repeat(64),
    annotator,
    status: 'in_progress',
    offsetUnit: 'utf16',
    spans: rows.map(([id, start, end, label, args]): Span => ({ id, start, end, label, annotator, created: T, updated: T, ...(args ? { arguments: args.map(([role, ref]) => ({ role, ref })) } : {}) })),
    relations
  }
}

// Made-up positions: army 0-5 ORG, strike 10-18 Attack, town 20-25 GPE, hill 30-34 LOC, day 40-45 DATE.
const alice = layer(
  'alice',
  [['T1', 0, 5, 'ORG'], ['T2', 10, 18, 'Attack', [['Attacker', 'T1'], ['Place', 'T3'], ['Time', 'T5']]], ['T3', 20, 25, 'GPE'], ['T4', 30, 34, 'LOC'], ['T5', 40, 45, 'DATE']],
  [{ id: 'R1', type: 'located_in', head: 'T4', tail: 'T3' }]
)
const bob = layer(
  'bob',
  [['T9', 0, 5, 'ORG'], ['T8', 10, 18, 'Attack', [['Attacker', 'T9'], ['Place', 'T7']]], ['T6', 20, 25, 'GPE'], ['T7', 30, 34, 'LOC']],
  [{ id: 'R3', type: 'located_in', head: 'T7', tail: 'T6' }]
)
const sources = [
  { annotator: 'alice', annotations: alice },
  { annotator: 'bob', annotations: bob }
]
// Gold after span review, ids its own (town T1, army T2, strike T3, hill T4); the day is not adjudicated yet.
const gold = layer('gold', [['T2', 0, 5, 'ORG'], ['T3', 10, 18, 'Attack'], ['T1', 20, 25, 'GPE'], ['T4', 30, 34, 'LOC']])
const start: ReviewState = { gold, decisions: [] }

const ATTACKER = 'argument 10-18:Attack|Attacker|0-5:ORG'
const LOCATED = 'relation located_in|30-34:LOC|20-25:GPE'
const PLACE_TOWN = 'argument 10-18:Attack|Place|20-25:GPE'
const PLACE_HILL = 'argument 10-18:Attack|Place|30-34:LOC'
const TIME = 'argument 10-18:Attack|Time|40-45:DATE'

function review(state: ReviewState): LinkReview {
  return reviewLinks(state.gold, sources, defaultSchema, state.links ?? [])
}

describe('reviewLinks', () => {
  it('keys links by their ends, splits agreed from disputed and lists those whose ends are not in gold (worked by hand)', () => {
    const links = review(start)
    // Attacker and located_in: both annotators marked both ends and made the link.
    expect(links.agreed.map((item) => [item.key, item.link.proposedBy, item.inGold])).toEqual([
      [ATTACKER, ['alice', 'bob'], false],
      [LOCATED, ['alice', 'bob'], false]
    ])
    // Place: town for alice, hill for bob, and the role takes one filler: both disputed, town (20) before hill (30).
    expect(links.disputed.map((item) => [item.key, item.link.proposedBy])).toEqual([
      [PLACE_TOWN, ['alice']],
      [PLACE_HILL, ['bob']]
    ])
    // Time waits: gold has the strike, not the day.
    expect(links.waiting).toEqual([
      { key: TIME, kind: 'argument', name: 'Time', ends: [{ start: 10, end: 18, label: 'Attack', inGold: true }, { start: 40, end: 45, label: 'DATE', inGold: false }], proposedBy: ['alice'] }
    ])
    expect(linkProgress(links)).toEqual({ resolved: 0, total: 2 })
  })
})

describe('link decisions', () => {
  it('carries the agreed links as one undoable step, each recorded as accepted', () => {
    const carried = carryAgreedLinks(start, review(start), by)
    const strike = carried.state.gold.spans.find((span) => span.id === 'T3')
    expect(strike?.arguments).toEqual([{ role: 'Attacker', ref: 'T2' }])
    expect(carried.state.gold.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T4', tail: 'T1' }])
    expect(carried.state.links?.map((decision) => [decision.linkKey, decision.outcome, decision.proposedBy])).toEqual([
      [ATTACKER, 'accepted', ['alice', 'bob']],
      [LOCATED, 'accepted', ['alice', 'bob']]
    ])
    expect(review(carried.state).agreed.every((item) => item.inGold)).toBe(true)
    const again = carryAgreedLinks(carried.state, review(carried.state), by)
    expect(again.state.gold).toEqual(carried.state.gold)
    expect(applyReviewChange(carried.state, carried.inverse).state).toEqual({ ...start, links: [] })
  })

  it('accepting one filler of a one-filler role rejects the other; undo restores both decisions and gold', () => {
    const accepted = acceptLink(start, review(start), review(start).disputed[0]!, defaultSchema, by)
    expect(accepted.state.gold.spans.find((span) => span.id === 'T3')?.arguments).toEqual([{ role: 'Place', ref: 'T1' }])
    // Sorted by key: 20-25 before 30-34.
    expect(accepted.state.links?.map((decision) => [decision.linkKey, decision.outcome])).toEqual([
      [PLACE_TOWN, 'accepted'],
      [PLACE_HILL, 'rejected']
    ])
    expect(linkProgress(review(accepted.state))).toEqual({ resolved: 2, total: 2 })
    // Changing one's mind: accept the hill instead; the town leaves gold.
    const swapped = acceptLink(accepted.state, review(accepted.state), review(accepted.state).disputed[1]!, defaultSchema, by)
    expect(swapped.state.gold.spans.find((span) => span.id === 'T3')?.arguments).toEqual([{ role: 'Place', ref: 'T4' }])
    const undone = applyReviewChange(swapped.state, swapped.inverse).state
    expect(undone).toEqual(accepted.state)
    expect(applyReviewChange(undone, accepted.inverse).state).toEqual({ ...start, links: [] })
  })

  it('rejecting a link in gold takes it out', () => {
    const carried = carryAgreedLinks(start, review(start), by).state
    const rejected = rejectLink(carried, review(carried).agreed[1]!, by)
    expect(rejected.state.gold.relations).toEqual([])
    expect(rejected.state.links?.find((decision) => decision.linkKey === LOCATED)?.outcome).toBe('rejected')
  })

  it('finds its decisions again when gold spans have other ids (decided anew, reloaded)', () => {
    const decided = acceptLink(start, review(start), review(start).disputed[0]!, defaultSchema, by).state
    // The same spans under other ids, without the Place argument: the town's unit was decided anew.
    const regold = layer('gold', [['T7', 0, 5, 'ORG'], ['T8', 10, 18, 'Attack'], ['T9', 20, 25, 'GPE'], ['T6', 30, 34, 'LOC']])
    const again = reviewLinks(regold, sources, defaultSchema, decided.links ?? [])
    expect(again.disputed.map((item) => [item.key, item.decision?.outcome, item.inGold])).toEqual([
      [PLACE_TOWN, 'accepted', false],
      [PLACE_HILL, 'rejected', false]
    ])
    // The rejection still holds; the acceptance no longer does, as its link left gold.
    expect(linkProgress(again)).toEqual({ resolved: 1, total: 2 })
  })
})

describe('addOwnLink', () => {
  it('adds a link nobody proposed as accepted with no proposer, and refuses a second filler of a one-filler role', () => {
    const drawn = addOwnLink(start, { kind: 'argument', eventId: 'T3', role: 'Place', ref: 'T4' }, defaultSchema, by)
    expect(drawn.state.gold.spans.find((span) => span.id === 'T3')?.arguments).toEqual([{ role: 'Place', ref: 'T4' }])
    expect(drawn.state.links).toEqual([{ linkKey: PLACE_HILL, outcome: 'accepted', proposedBy: [], adjudicator: 'lead', decidedAt: by.now }])
    expect(() => addOwnLink(drawn.state, { kind: 'argument', eventId: 'T3', role: 'Place', ref: 'T1' }, defaultSchema, by)).toThrow('role Place of this Attack takes one filler and has one: remove it first')
    expect(() => addOwnLink(drawn.state, { kind: 'argument', eventId: 'T3', role: 'Place', ref: 'T4' }, defaultSchema, by)).toThrow(`gold already has ${PLACE_HILL}`)
  })
})

describe('review file', () => {
  const decision = { unitKey: 'alice=0-5:ORG;bob=0-5:ORG', outcome: 'accepted-all', annotators: ['alice', 'bob'], adjudicator: 'lead', decidedAt: by.now, goldSpanIds: ['T1'] }
  const link: LinkDecision = { linkKey: PLACE_TOWN, outcome: 'accepted', proposedBy: ['alice'], adjudicator: 'lead', decidedAt: by.now }

  it('reads files written before links were reviewed, and files with link decisions', () => {
    expect(reviewFileShape.safeParse({ version: 1, documentId: 'd1', decisions: [decision] }).success).toBe(true)
    const parsed = reviewFileShape.parse({ version: 1, documentId: 'd1', decisions: [decision], links: [link] })
    expect(parsed.links).toEqual([link])
  })

  it('refuses a link decided twice and an unknown outcome', () => {
    const twice = reviewFileShape.safeParse({ version: 1, documentId: 'd1', decisions: [], links: [link, link] })
    expect(twice.success).toBe(false)
    expect(twice.error?.issues[0]?.message).toBe(`link "${PLACE_TOWN}" is decided twice`)
    expect(reviewFileShape.safeParse({ version: 1, documentId: 'd1', decisions: [], links: [{ ...link, outcome: 'maybe' }] }).success).toBe(false)
  })
})
