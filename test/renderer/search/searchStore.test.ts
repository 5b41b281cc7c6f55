// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { searchHighlightsOf } from '../../../src/renderer/search/searchHighlights'
import { SearchStore } from '../../../src/renderer/search/searchStore'
import { selectionRange, SelectionStore } from '../../../src/renderer/state/selectionStore'
import { SessionStore } from '../../../src/renderer/state/sessionStore'
import { createFakeApi } from '../fakeApi'

// Soueïda 12-19 and Soueida 29-36 (see the core tests); B's "Soueida" at 0-7.
const A = 'Province de Soueïda, près de Soueida.'
const B = 'Soueida encore.'

async function setup() {
  const fake = createFakeApi({ a: A, b: B })
  const session = new SessionStore(fake.api)
  await session.start()
  const selection = new SelectionStore()
  const search = new SearchStore(fake.api, session, selection)
  return { fake, session, selection, search }
}

describe('SearchStore', () => {
  it('finds in the open document as the query is typed, and going to a hit selects it', async () => {
    const { search, selection } = await setup()
    search.openPanel('document')
    search.setQuery('soueida')
    expect(search.getState().hits.map((hit) => [hit.start, hit.end])).toEqual([[12, 19], [29, 36]])
    expect(searchHighlightsOf(selection).getState()).toMatchObject({ documentId: 'a', active: 0 })
    await search.step(1)
    expect(selectionRange(selection.getState())).toEqual({ start: 29, end: 36 })
    expect(searchHighlightsOf(selection).getState().active).toBe(1)
    await search.step(1)
    expect(selectionRange(selection.getState())).toEqual({ start: 12, end: 19 })
  })

  it('says why a regex is invalid, and clears the highlights on close', async () => {
    const { search, selection } = await setup()
    search.openPanel('document')
    search.setQuery('soue(')
    search.setOption('regex', true)
    expect(search.getState().error).toMatch(/^invalid regular expression \/soue\(\//)
    search.setQuery('soue.da')
    expect(search.getState().total).toBe(2)
    search.close()
    expect(searchHighlightsOf(selection).getState().ranges).toEqual([])
  })

  it('searches the corpus through the API and opens the document of the hit chosen', async () => {
    vi.useFakeTimers()
    try {
      const { fake, search, session, selection } = await setup()
      fake.api['corpus:search'] = async () => ({ total: 1, documentCount: 1, hits: [{ documentId: 'b', start: 0, end: 7, before: '', match: 'Soueida', after: ' encore.' }] })
      search.openPanel('corpus')
      search.setQuery('soueida')
      expect(search.getState().busy).toBe(true)
      await vi.runAllTimersAsync()
      expect(search.getState().total).toBe(1)
      vi.useRealTimers()
      await search.goTo(0)
      expect(session.getState().currentDocumentId).toBe('b')
      expect(selectionRange(selection.getState())).toEqual({ start: 0, end: 7 })
    } finally {
      vi.useRealTimers()
    }
  })
})
