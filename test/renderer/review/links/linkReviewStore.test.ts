// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { GoldspanApi } from '../../../../src/core/api/contract'
import type { ReviewDocument } from '../../../../src/core/api/reviewResults'
import type { DocumentAnnotations, Span } from '../../../../src/core/model'
import type { LinkDecision, ReviewDecision } from '../../../../src/core/review'
import { defaultSchema } from '../../../../src/core/schema'
import { handleLinkViewKey } from '../../../../src/renderer/review/links/linkReviewKeys'
import { LinkReviewStore } from '../../../../src/renderer/review/links/linkReviewStore'
import { handleReviewKey } from '../../../../src/renderer/review/reviewKeys'
import { ReviewStore } from '../../../../src/renderer/review/reviewStore'
import { emptyAnnotations } from '../../annotationsFixture'

// Offsets: Ana 0-3, bombed 4-10, Paris 11-16, Lyon 21-25, Monday 29-35.
const TEXT = 'Ana bombed Paris and Lyon on Monday.'
const T = '2026-01-01T00:00:00.000Z'
const NOW = '2026-11-25T19:50:00.000Z'

type Row = [start: number, end: number, label: string, args?: [role: string, ref: string][]]

function layer(annotator: string, rows: Row[]): DocumentAnnotations {
  const spans = rows.map(([start, end, label, args], index): Span => ({
    id: `T${index + 1}`,
    start,
    end,
    label,
    annotator,
    created: T,
    updated: T,
    ...(args ? { arguments: args.map(([role, ref]) => ({ role, ref })) } : {})
  }))
  return { ...emptyAnnotations('d1', annotator), status: 'done', spans }
}

// Both mark the same four spans; ana gives the strike a Time, bo does not: Attacker and Place agreed, Time disputed.
const ana = layer('ana', [[0, 3, 'PER'], [4, 10, 'Attack', [['Attacker', 'T1'], ['Place', 'T3'], ['Time', 'T4']]], [11, 16, 'GPE'], [29, 35, 'DATE']])
const bo = layer('bo', [[0, 3, 'PER'], [4, 10, 'Attack', [['Attacker', 'T1'], ['Place', 'T3']]], [11, 16, 'GPE'], [29, 35, 'DATE']])

type Saved = { gold: DocumentAnnotations; decisions: ReviewDecision[]; links?: LinkDecision[] }

async function openedStores() {
  const saves: Saved[] = []
  const api = {
    'review:summary': async () => ({
      annotators: ['ana', 'bo'],
      documents: [{ documentId: 'd1', counts: { agreed: 4, 'label-differs': 0, 'boundary-differs': 0, 'boundary-and-label-differ': 0, 'only-one': 0 }, resolved: 0, total: 4, goldStatus: 'todo' as const }],
      problems: []
    }),
    'review:document': async (): Promise<ReviewDocument> => ({
      documentId: 'd1',
      text: TEXT,
      versions: [
        { annotator: 'ana', annotations: ana },
        { annotator: 'bo', annotations: bo }
      ],
      gold: emptyAnnotations('d1', 'gold'),
      decisions: []
    }),
    'review:save': async (payload: Saved) => {
      saves.push(payload)
      return { savedAt: NOW }
    }
  } as unknown as GoldspanApi
  const review = new ReviewStore(api, () => 'lead', () => NOW, () => defaultSchema)
  const links = new LinkReviewStore(review, () => defaultSchema)
  await review.load()
  await review.openDocument('d1')
  return { review, links, saves }
}

const hotkeys = new Map([...defaultSchema.entityTypes, ...defaultSchema.eventTypes].flatMap((type) => (type.hotkey ? [[type.hotkey, type.name] as const] : [])))

/** A key as the review screen routes it: the links and Document views first, then the units step. */
function press(stores: { review: ReviewStore; links: LinkReviewStore }, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, ...init })
  return handleLinkViewKey(event, stores.links, { hotkeys }) || handleReviewKey(event, stores.review, { labels: [], leave: () => undefined })
}

const goldArguments = (review: ReviewStore) => review.getState().open?.state.gold.spans.find((span) => span.label === 'Attack')?.arguments ?? []
const progress = (review: ReviewStore) => review.getState().documents.map(({ resolved, total }) => [resolved, total])

describe('the links step', () => {
  it('carries agreed links, accepts the disputed one, counts it in progress and undoes through the review history', async () => {
    const stores = await openedStores()
    const { review, links } = stores
    press(stores, 'a')
    // 4 units decided, the Time link now between gold spans: 4 of 5.
    expect(progress(review)).toEqual([[4, 5]])
    press(stores, 'v')
    expect(links.getState().view).toBe('links')
    expect(links.links()?.waiting).toEqual([])
    press(stores, 'l')
    expect(goldArguments(review)).toEqual([
      { role: 'Attacker', ref: 'T1' },
      { role: 'Place', ref: 'T3' }
    ])
    expect(links.currentLink()?.key).toBe('argument 4-10:Attack|Time|29-35:DATE')
    press(stores, 'y')
    expect(goldArguments(review).map((argument) => argument.role)).toEqual(['Attacker', 'Place', 'Time'])
    expect(progress(review)).toEqual([[5, 5]])
    // Keys of the units step do nothing here: "1" would accept a version out of sight.
    expect(press(stores, '1')).toBe(true)
    press(stores, 'z', { ctrlKey: true })
    expect(goldArguments(review).map((argument) => argument.role)).toEqual(['Attacker', 'Place'])
    expect(progress(review)).toEqual([[4, 5]])
    press(stores, 'z', { ctrlKey: true, shiftKey: true })
    press(stores, 'n') // change of mind: reject it
    expect(goldArguments(review).map((argument) => argument.role)).toEqual(['Attacker', 'Place'])
    expect(progress(review)).toEqual([[5, 5]])
    await review.whenSaved()
    expect(stores.saves.at(-1)?.links?.map((decision) => [decision.linkKey, decision.outcome])).toEqual([
      ['argument 4-10:Attack|Attacker|0-3:PER', 'accepted'],
      ['argument 4-10:Attack|Place|11-16:GPE', 'accepted'],
      ['argument 4-10:Attack|Time|29-35:DATE', 'rejected']
    ])
  })
})

describe('the Document view', () => {
  it('adds a span nobody marked from a selection and a label key, relabels and removes a chosen gold span, all undoable', async () => {
    const stores = await openedStores()
    const { review, links } = stores
    press(stores, 'a')
    links.setView('document')
    // " Lyon" chosen with the mouse (the space is trimmed), then g = GPE.
    links.select({ anchor: 20, focus: 25 })
    press(stores, 'g')
    const gold = () => review.getState().open?.state.gold.spans ?? []
    expect(gold().map((span) => [span.start, span.end, span.label, span.provenance?.decision])).toEqual([
      [0, 3, 'PER', 'accepted'],
      [4, 10, 'Attack', 'accepted'],
      [11, 16, 'GPE', 'accepted'],
      [21, 25, 'GPE', 'added'],
      [29, 35, 'DATE', 'accepted']
    ])
    // Shift+→ from a caret at 0 selects "Ana"; a click inside Paris chooses it; l = LOC relabels it.
    links.select({ anchor: 0, focus: 0 })
    press(stores, 'ArrowRight', { shiftKey: true })
    press(stores, 'ArrowRight', { shiftKey: true })
    press(stores, 'ArrowRight', { shiftKey: true })
    expect(links.getState().selection).toEqual({ anchor: 0, focus: 3 })
    links.select({ anchor: 13, focus: 13 })
    press(stores, 'l')
    expect(gold().find((span) => span.start === 11)).toMatchObject({ label: 'LOC', provenance: { decision: 'edited' } })
    press(stores, 'Delete')
    expect(gold().map((span) => span.start)).toEqual([0, 4, 21, 29])
    expect(review.getState().open?.state.decisions.find((decision) => decision.unitKey === 'ana=11-16:GPE;bo=11-16:GPE')?.outcome).toBe('none')
    press(stores, 'z', { ctrlKey: true })
    press(stores, 'z', { ctrlKey: true })
    expect(gold().find((span) => span.start === 11)?.label).toBe('GPE')
    // Letters are labels here; Esc lets go of the chosen span, then returns to the spans step.
    links.select({ anchor: 13, focus: 13 })
    expect(links.getState().selectedSpanId).not.toBeNull()
    press(stores, 'Escape')
    expect(links.getState().view).toBe('document')
    press(stores, 'Escape')
    expect(links.getState().view).toBe('units')
  })

  it('draws an argument between two gold spans: Enter on each end, then the role by number', async () => {
    const stores = await openedStores()
    const { review, links } = stores
    press(stores, 'a')
    links.setView('document')
    links.select({ anchor: 5, focus: 5 }) // inside "bombed"
    press(stores, 'Enter')
    links.select({ anchor: 30, focus: 30 }) // inside "Monday"
    press(stores, 'Enter')
    // An Attack takes a DATE as Time only; no relation type goes to a date.
    expect(links.linkOptions().map((option) => [option.link.kind, option.name])).toEqual([['argument', 'Time']])
    press(stores, '1')
    const monday = review.getState().open?.state.gold.spans.find((span) => span.start === 29)
    expect(goldArguments(review)).toEqual([{ role: 'Time', ref: monday?.id }])
    expect(review.getState().open?.state.links).toEqual([{ linkKey: 'argument 4-10:Attack|Time|29-35:DATE', outcome: 'accepted', proposedBy: [], adjudicator: 'lead', decidedAt: NOW }])
    // ana proposed the same link: drawn by hand, it resolves her disputed one.
    expect(progress(review)).toEqual([[5, 5]])
    expect(links.getState().linkFrom).toBeNull()
    // Taken out again from the Document view: out of gold, recorded as rejected.
    const strike = review.getState().open?.state.gold.spans.find((span) => span.label === 'Attack')
    links.removeGoldLink({ kind: 'argument', eventId: strike?.id ?? '', role: 'Time', ref: monday?.id ?? '' })
    expect(goldArguments(review)).toEqual([])
    expect(review.getState().open?.state.links?.map((decision) => decision.outcome)).toEqual(['rejected'])
    press(stores, 'z', { ctrlKey: true })
    expect(goldArguments(review)).toEqual([{ role: 'Time', ref: monday?.id }])
    // From "Monday" to "Ana" the schema allows nothing: refused, with the reason shown.
    links.select({ anchor: 30, focus: 30 })
    press(stores, 'Enter')
    links.select({ anchor: 1, focus: 1 })
    press(stores, 'Enter')
    expect(review.getState().error).toBe('the schema allows no role or relation between these two spans')
    press(stores, 'Escape')
    expect(links.getState().linkFrom).toBeNull()
  })
})
