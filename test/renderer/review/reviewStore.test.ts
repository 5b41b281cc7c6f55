// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { GoldspanApi } from '../../../src/core/api/contract'
import type { ReviewDocument } from '../../../src/core/api/reviewResults'
import type { DocumentAnnotations, Span } from '../../../src/core/model'
import type { ReviewDecision } from '../../../src/core/review'
import { handleReviewKey } from '../../../src/renderer/review/reviewKeys'
import { ReviewStore } from '../../../src/renderer/review/reviewStore'
import { emptyAnnotations } from '../annotationsFixture'

const TEXT = 'Ana met Bo in Paris.'
const T = '2026-01-01T00:00:00.000Z'

function layer(annotator: string, spans: [number, number, string][]): DocumentAnnotations {
  const made = spans.map(([start, end, label], index): Span => ({ id: `T${index + 1}`, start, end, label, annotator, created: T, updated: T }))
  return { ...emptyAnnotations('d1', annotator), status: 'done', spans: made }
}

// Units: "Ana" agreed PER; "Bo" ana PER / bo ORG (label differs); "Paris" only ana.
const ana = layer('ana', [[0, 3, 'PER'], [8, 10, 'PER'], [14, 19, 'GPE']])
const bo = layer('bo', [[0, 3, 'PER'], [8, 10, 'ORG']])

function fakeReviewApi(options: { failSaves?: number } = {}) {
  const saves: { gold: DocumentAnnotations; decisions: ReviewDecision[] }[] = []
  let failures = options.failSaves ?? 0
  const stored = new Map<string, { gold: DocumentAnnotations; decisions: readonly ReviewDecision[] }>()
  const storedOf = (documentId: string) => stored.get(documentId) ?? { gold: emptyAnnotations(documentId, 'gold'), decisions: [] }
  const api = {
    'review:summary': async ({ annotators }: { annotators: string[] }) => ({
      annotators: ['ana', 'bo'],
      documents:
        annotators.length < 2
          ? []
          : [{ documentId: 'd1', counts: { agreed: 1, 'label-differs': 1, 'boundary-differs': 0, 'boundary-and-label-differ': 0, 'only-one': 1 }, resolved: 0, total: 3, goldStatus: 'todo' as const }],
      problems: []
    }),
    'review:document': async ({ documentId }: { documentId: string }): Promise<ReviewDocument> => ({
      documentId,
      text: TEXT,
      versions: [
        { annotator: 'ana', annotations: { ...ana, documentId } },
        { annotator: 'bo', annotations: { ...bo, documentId } }
      ],
      ...storedOf(documentId)
    }),
    'review:save': async (payload: { gold: DocumentAnnotations; decisions: ReviewDecision[] }) => {
      if (failures > 0) {
        failures--
        throw new Error('disk full')
      }
      saves.push(payload)
      stored.set(payload.gold.documentId, payload)
      return { savedAt: '2026-01-01T12:00:00.000Z' }
    }
  } as unknown as GoldspanApi
  return { api, saves }
}

async function openedStore(options: { failSaves?: number } = {}) {
  const fake = fakeReviewApi(options)
  const store = new ReviewStore(fake.api, () => 'lead', () => '2026-11-25T19:00:00.000Z')
  await store.load()
  await store.openDocument('d1')
  return { store, ...fake }
}

function press(store: ReviewStore, key: string, init: KeyboardEventInit = {}): boolean {
  return handleReviewKey(new KeyboardEvent('keydown', { key, ...init }), store, { labels: ['PER', 'ORG', 'GPE'], leave: () => undefined })
}

describe('ReviewStore', () => {
  it('chooses every annotator the first time and opens a document at its first unresolved unit', async () => {
    const { store } = await openedStore()
    expect(store.getState().chosen).toEqual(['ana', 'bo'])
    expect(store.getState().documents.map((document) => document.documentId)).toEqual(['d1'])
    expect(store.getState().open?.disagreements.units.map((unit) => unit.group)).toEqual(['agreed', 'label-differs', 'only-one'])
    expect(store.getState().unitIndex).toBe(0)
  })

  it('resolves units by key, moves on, counts progress in the list and saves gold with the decisions', async () => {
    const { store, saves } = await openedStore()
    expect(press(store, 'a')).toBe(true)
    expect(press(store, 'j')).toBe(true)
    expect(press(store, '2', { code: 'Digit2' })).toBe(true) // bo's ORG on "Bo"
    expect(store.getState().unitIndex).toBe(2)
    expect(press(store, 'n')).toBe(true)
    expect(store.getState().documents[0]).toMatchObject({ resolved: 3, total: 3 })
    expect(await store.whenSaved()).toBe(true)
    const last = saves.at(-1)!
    expect(last.gold.spans.map((span) => [span.start, span.end, span.label, span.provenance?.agreedBy])).toEqual([
      [0, 3, 'PER', ['ana', 'bo']],
      [8, 10, 'ORG', ['bo']]
    ])
    expect(last.decisions.map((decision) => decision.outcome).sort()).toEqual(['accepted', 'accepted-all', 'none'])
  })

  it('edits a unit: start from one version, label by arrows, Enter commits', async () => {
    const { store } = await openedStore()
    store.moveUnit(1)
    press(store, 'e')
    expect(store.getState().draft).toEqual({ start: 8, end: 10, label: 'PER' })
    press(store, 'ArrowRight', { shiftKey: true }) // end 10 → 11
    press(store, 'ArrowDown') // PER → ORG
    press(store, 'Enter')
    const gold = store.getState().open!.state.gold.spans
    expect(gold.map((span) => [span.start, span.end, span.label, span.provenance?.decision])).toEqual([[8, 11, 'ORG', 'edited']])
  })

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { store } = await openedStore()
    press(store, 'a')
    expect(store.getState().documents[0]?.resolved).toBe(1)
    press(store, 'z', { ctrlKey: true })
    expect(store.getState().documents[0]?.resolved).toBe(0)
    expect(store.getState().open?.state.gold.spans).toEqual([])
    press(store, 'Z', { ctrlKey: true, shiftKey: true })
    expect(store.getState().documents[0]?.resolved).toBe(1)
  })

  it('refuses to accept an absent version and says why', async () => {
    const { store } = await openedStore()
    store.moveUnit(2)
    press(store, '2', { code: 'Digit2' })
    expect(store.getState().error).toBe('bo marked nothing here')
    expect(store.getState().open?.state.decisions).toEqual([])
  })

  it('keeps a failed save and shows it until a retry succeeds', async () => {
    const { store, saves } = await openedStore({ failSaves: 1 })
    press(store, 'd')
    expect(await store.whenSaved()).toBe(false)
    expect(store.getState().save).toMatchObject({ kind: 'failed', reason: 'disk full' })
    store.retrySaveNow()
    expect(await store.whenSaved()).toBe(true)
    expect(saves.at(-1)?.gold.status).toBe('done')
  })

  it("keeps a document's failing save apart from the next document's, and shows its unsaved state when reopened", async () => {
    const { store, saves } = await openedStore({ failSaves: 1 })
    press(store, 'a')
    expect(await store.whenSaved()).toBe(false)
    await store.openDocument('d2')
    press(store, 'd')
    await store.openDocument('d1')
    // d1's decision is still in memory (its save is retrying), not lost to d2's save.
    expect(store.getState().open?.state.decisions).toHaveLength(1)
    store.retrySaveNow()
    expect(await store.whenSaved()).toBe(true)
    expect(saves.map((save) => [save.gold.documentId, save.decisions.length, save.gold.status]).sort()).toEqual([
      ['d1', 1, 'todo'],
      ['d2', 0, 'done']
    ])
  })
})
