import { describe, expect, it } from 'vitest'
import type { ChannelPayload, SaveResult } from '../../src/core/api'
import type { DocumentAnnotations, Span } from '../../src/core/model'
import { createDocumentSaver, diffSpans } from '../../src/renderer/state/documentSaver'

const T = '2026-01-01T00:00:00.000Z'

function span(id: string, start: number, label = 'PER'): Span {
  return { id, start, end: start + 3, label, annotator: 'ana', created: T, updated: T }
}

function annotations(spans: Span[], status: DocumentAnnotations['status'] = 'in_progress'): DocumentAnnotations {
  return { version: 2, documentId: 'a', sha256: 'c'.repeat(64), annotator: 'ana', status, offsetUnit: 'utf16', spans, relations: [] }
}

describe('diffSpans', () => {
  it('puts new and replaced span objects, removes the ids that went, and ignores unchanged ones', () => {
    const [t1, t2, t3] = [span('T1', 0), span('T2', 4), span('T3', 8)]
    const relabelled = { ...t2, label: 'ORG' }
    const t4 = span('T4', 12)
    expect(diffSpans([t1, t2, t3], [t1, relabelled, t4])).toEqual({ putSpans: [relabelled, t4], removedSpanIds: ['T3'] })
    expect(diffSpans([t1, t2], [t1, t2])).toEqual({ putSpans: [], removedSpanIds: [] })
    // Changes at both ends, a span moved within the middle, a removal before an insertion at the same place.
    const [t5, t6] = [span('T5', 16), span('T6', 20)]
    const [moved, relabelledFirst] = [{ ...t3, start: 1 }, { ...t1, label: 'LOC' }]
    expect(diffSpans([t1, t2, t3, t4, t5], [relabelledFirst, moved, t2, t4, t6])).toEqual({ putSpans: [relabelledFirst, moved, t6], removedSpanIds: ['T5'] })
    expect(diffSpans([t1, t2, t3], [t1, t4, t3])).toEqual({ putSpans: [t4], removedSpanIds: ['T2'] })
    expect(diffSpans([], [t1])).toEqual({ putSpans: [t1], removedSpanIds: [] })
  })
})

describe('createDocumentSaver', () => {
  function fakeServer(options: { revisions?: boolean; refuseChanges?: boolean } = {}) {
    const calls: (['save', number] | ['changes', string, string[], string[]])[] = []
    let revision = 0
    const answer = (): SaveResult => ({ savedAt: T, ...(options.revisions === false ? {} : { revision: `r${++revision}` }) })
    const api = {
      'document:save': async ({ annotations: whole }: ChannelPayload<'document:save'>) => {
        calls.push(['save', whole.spans.length])
        return answer()
      },
      'document:saveChanges': async ({ base, annotations: changed, removedSpanIds }: ChannelPayload<'document:saveChanges'>) => {
        calls.push(['changes', base, changed.spans.map((put) => put.id), removedSpanIds])
        if (options.refuseChanges) throw new Error('stale-save-base')
        return answer()
      }
    }
    return { api, calls }
  }

  it('saves the whole document first, then only what changed since the last save, against its revision', async () => {
    const { api, calls } = fakeServer()
    const save = createDocumentSaver(api)
    const [t1, t2] = [span('T1', 0), span('T2', 4)]
    await save(annotations([t1]))
    await save(annotations([t1, t2]))
    await save(annotations([t2], 'done'))
    expect(calls).toEqual([
      ['save', 1],
      ['changes', 'r1', ['T2'], []],
      ['changes', 'r2', [], ['T1']]
    ])
  })

  it('sends only changes from the first save when the document was opened with a revision', async () => {
    const { api, calls } = fakeServer()
    const [t1, t2] = [span('T1', 0), span('T2', 4)]
    const opened = annotations([t1])
    const save = createDocumentSaver(api, { annotations: opened, revision: 'opened' })
    await save(annotations([t1, t2]))
    expect(calls).toEqual([['changes', 'opened', ['T2'], []]])
  })

  it('saves the whole document when the server refuses the changes, or gives no revision', async () => {
    const refusing = fakeServer({ refuseChanges: true })
    const save = createDocumentSaver(refusing.api)
    await save(annotations([span('T1', 0)]))
    await expect(save(annotations([span('T1', 0), span('T2', 4)]))).resolves.toEqual({ savedAt: T, revision: 'r2' })
    expect(refusing.calls).toEqual([
      ['save', 1],
      ['changes', 'r1', ['T1', 'T2'], []],
      ['save', 2]
    ])
    const old = fakeServer({ revisions: false })
    const saveOld = createDocumentSaver(old.api)
    await saveOld(annotations([]))
    await saveOld(annotations([span('T1', 0)]))
    expect(old.calls).toEqual([
      ['save', 0],
      ['save', 1]
    ])
  })
})
