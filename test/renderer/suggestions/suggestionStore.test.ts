// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { Suggestion } from '../../../src/core/model'
import { defaultSchema } from '../../../src/core/schema'
import { DocumentStore } from '../../../src/renderer/state/documentStore'
import { SelectionStore } from '../../../src/renderer/state/selectionStore'
import { SuggestionStore } from '../../../src/renderer/suggestions/suggestionStore'
import { emptyAnnotations } from '../annotationsFixture'

// "Ada et Bob à Rome et Oslo." : Ada 0-3, Bob 7-10, Rome 13-17, Oslo 21-25.
const TEXT = 'Ada et Bob à Rome et Oslo.'
const SUGGESTIONS: Suggestion[] = [
  { model: 'm', start: 13, end: 17, label: 'GPE' },
  { model: 'm', start: 0, end: 3, label: 'PER' },
  { model: 'm', start: 7, end: 10, label: 'PER' },
  { model: 'm', start: 21, end: 25, label: 'GPE' }
]

async function setUp() {
  const saved: unknown[] = []
  const document = new DocumentStore(
    { id: 'd', text: TEXT, sha256: 'c'.repeat(64), annotations: emptyAnnotations('d') },
    { schema: defaultSchema, now: () => '2026-11-25T20:00:00.000Z', save: async (annotations) => (saved.push(annotations), { savedAt: 'now' }) }
  )
  const selection = new SelectionStore()
  const store = new SuggestionStore(document, selection)
  await store.load({ 'suggestions:get': async () => ({ suggestions: SUGGESTIONS, problems: [] }) })
  return { document, selection, store }
}

const texts = (store: SuggestionStore) => store.getState().pending.map((suggestion) => TEXT.slice(suggestion.start, suggestion.end))

describe('SuggestionStore', () => {
  it('lists pending suggestions in text order and steps through them, wrapping, selecting each', async () => {
    const { store, selection } = await setUp()
    expect(texts(store)).toEqual(['Ada', 'Bob', 'Rome', 'Oslo'])
    store.step(1)
    expect(store.current?.start).toBe(0)
    expect(selection.getState().head).toEqual({ start: 0, end: 3 })
    store.step(-1)
    expect(store.current?.start).toBe(21)
    store.step(1)
    expect(store.current?.start).toBe(0)
  })

  it('accepts into a span with provenance and moves on; rejects; both undo and redo as one step each', async () => {
    const { store, document } = await setUp()
    store.step(1)
    store.acceptCurrent()
    expect(document.annotations.spans.map((span) => [span.start, span.label, span.suggestedBy?.model])).toEqual([[0, 'PER', 'm']])
    // A first span moves a todo document to in progress, as a span labelled by hand does.
    expect(document.annotations.status).toBe('in_progress')
    expect(store.current?.start).toBe(7)
    store.rejectCurrent()
    expect(document.annotations.rejectedSuggestions).toEqual(['m/7-10/PER'])
    expect(texts(store)).toEqual(['Rome', 'Oslo'])
    expect(store.current?.start).toBe(13)

    document.undo()
    expect(texts(store)).toEqual(['Bob', 'Rome', 'Oslo'])
    document.undo()
    expect(texts(store)).toEqual(['Ada', 'Bob', 'Rome', 'Oslo'])
    expect(document.annotations.spans).toEqual([])
    document.redo()
    expect(texts(store)).toEqual(['Bob', 'Rome', 'Oslo'])
  })

  it('accepts every suggestion of one label in one undoable step', async () => {
    const { store, document } = await setUp()
    expect(store.acceptAllOfLabel('GPE')).toBe(2)
    expect(document.annotations.spans.map((span) => TEXT.slice(span.start, span.end))).toEqual(['Rome', 'Oslo'])
    expect(texts(store)).toEqual(['Ada', 'Bob'])
    document.undo()
    expect(texts(store)).toEqual(['Ada', 'Bob', 'Rome', 'Oslo'])
  })
})
