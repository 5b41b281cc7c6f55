// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { ChannelPayload } from '../../../src/core/api/contract'
import { AnnotateAllStore } from '../../../src/renderer/search/annotateAllStore'
import { SessionStore } from '../../../src/renderer/state/sessionStore'
import { createFakeApi } from '../fakeApi'

// "armée syrienne" at 2-16 and 27-41 in A (after "L’" and " avance. L’"), at 0-14 in B and C.
const A = 'L’armée syrienne avance. L’armée syrienne recule.'
const B = 'armée syrienne ici.'
const C = 'armée syrienne là.'

async function setup() {
  const fake = createFakeApi({ a: A, b: B, c: C })
  const requests: ChannelPayload<'corpus:annotateAll'>[] = []
  let release: (() => void) | null = null
  let holdNext = false
  fake.api['corpus:annotateAll'] = async (request) => {
    requests.push(request)
    if (holdNext) {
      holdNext = false
      await new Promise<void>((resolve) => (release = resolve))
    }
    return {
      added: request.dryRun ? 0 : request.documents.reduce((sum, document) => sum + document.ranges.length, 0),
      documents: request.documents.map((document) => ({ documentId: document.documentId, added: request.dryRun ? 0 : document.ranges.length, verdicts: document.ranges.map((range) => ({ ...range, add: true })) }))
    }
  }
  fake.api['corpus:search'] = async () => ({
    total: 4,
    documentCount: 3,
    hits: [
      { documentId: 'a', start: 2, end: 16, before: 'L’', match: 'armée syrienne', after: ' avance.' },
      { documentId: 'a', start: 27, end: 41, before: 'L’', match: 'armée syrienne', after: ' recule.' },
      { documentId: 'b', start: 0, end: 14, before: '', match: 'armée syrienne', after: ' ici.' },
      { documentId: 'c', start: 0, end: 14, before: '', match: 'armée syrienne', after: ' là.' }
    ]
  })
  const session = new SessionStore(fake.api, () => '2026-01-01T10:00:00.000Z')
  await session.start()
  const document = session.getState().document
  if (!document) throw new Error('no document opened')
  const store = new AnnotateAllStore(fake.api, session)
  return { session, document, store, requests, hold: () => (holdNext = true), release: () => release?.() }
}

describe('AnnotateAllStore', () => {
  it('from a span: previews the other occurrences of the document, then labels them in one undo step', async () => {
    const { document, store } = await setup()
    const span = document.addSpan(2, 16, 'ORG')
    await store.planFromSpan(span, 'document')
    expect(store.getState().items.map((item) => [item.start, item.reason, item.checked])).toEqual([
      [2, 'already labelled (T1)', false],
      [27, null, true]
    ])
    await store.apply()
    expect(document.annotations.spans.map((added) => `${added.start}-${added.end} ${added.label}`)).toEqual(['2-16 ORG', '27-41 ORG'])
    expect(store.getState().message).toBe('Labelled 1 occurrence ORG in 1 document.')
    document.undo()
    expect(document.annotations.spans.map((kept) => kept.id)).toEqual(['T1'])
  })

  it('across the corpus: the open document through its store, the others through the server one request each', async () => {
    const { document, store, requests } = await setup()
    const span = document.addSpan(2, 16, 'ORG')
    await store.planFromSpan(span, 'corpus')
    expect(requests).toEqual([{ label: 'ORG', dryRun: true, documents: [{ documentId: 'b', ranges: [{ start: 0, end: 14 }] }, { documentId: 'c', ranges: [{ start: 0, end: 14 }] }] }])
    store.toggle('c:0-14')
    await store.apply()
    expect(requests.slice(1)).toEqual([{ label: 'ORG', documents: [{ documentId: 'b', ranges: [{ start: 0, end: 14 }] }] }])
    expect(document.annotations.spans).toHaveLength(2)
    expect(store.getState().message).toBe('Labelled 2 occurrences ORG in 2 documents.')
  })

  it('stops between documents when cancelled, leaving the rest untouched', async () => {
    const { store, requests, hold, release } = await setup()
    await store.planFromHits(
      [
        { documentId: 'b', start: 0, end: 14, before: '', match: 'armée syrienne', after: '' },
        { documentId: 'c', start: 0, end: 14, before: '', match: 'armée syrienne', after: '' }
      ],
      'ORG'
    )
    hold()
    const applying = store.apply()
    await Promise.resolve()
    expect(store.getState().phase).toBe('applying')
    store.cancel()
    release()
    await applying
    expect(requests.filter((request) => !request.dryRun).map((request) => request.documents[0]?.documentId)).toEqual(['b'])
    expect(store.getState().message).toBe('Labelled 1 occurrence ORG in 1 document. Stopped after 1 of 2 documents; the others are untouched.')
  })
})
