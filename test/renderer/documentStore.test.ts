// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OpenedDocument } from '../../src/core/api/contract'
import type { DocumentAnnotations } from '../../src/core/model'
import { defaultSchema } from '../../src/core/schema'
import { DocumentStore } from '../../src/renderer/state/documentStore'
import { emptyAnnotations } from './annotationsFixture'

const TEXT = 'Les forces russes ont frappé Idlib.'

function opened(): OpenedDocument {
  return {
    id: 'doc1',
    text: TEXT,
    sha256: 'c'.repeat(64),
    annotations: emptyAnnotations('doc1')
  }
}

/** A save endpoint that records every value and can be told to fail. */
function fakeSave() {
  const saved: DocumentAnnotations[] = []
  const calls: DocumentAnnotations[] = []
  let failWith: string | null = null
  let resolvers: (() => void)[] = []
  let hold = false
  const save = (annotations: DocumentAnnotations) => {
    calls.push(annotations)
    return new Promise<{ savedAt: string }>((resolve, reject) => {
      const finish = () => {
        if (failWith) reject(new Error(failWith))
        else {
          saved.push(annotations)
          resolve({ savedAt: `2026-01-01T12:00:0${saved.length}.000Z` })
        }
      }
      if (hold) resolvers.push(finish)
      else queueMicrotask(finish)
    })
  }
  return {
    save,
    saved,
    calls,
    fail: (reason: string | null) => (failWith = reason),
    hold: (on: boolean) => (hold = on),
    release: () => {
      const pending = resolvers
      resolvers = []
      pending.forEach((finish) => finish())
    }
  }
}

function makeStore(api = fakeSave(), readOnlyReason: string | null = null) {
  let tick = 0
  const store = new DocumentStore(opened(), {
    schema: defaultSchema,
    save: api.save,
    now: () => `2026-01-01T10:00:${String(tick++).padStart(2, '0')}.000Z`,
    readOnlyReason,
    autosave: { backoffMs: [1000, 4000] }
  })
  return { store, api }
}

const flush = () => vi.advanceTimersByTimeAsync(0)

describe('DocumentStore', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('adds a span, moves the document to in_progress and saves it', async () => {
    const { store, api } = makeStore()
    const span = store.addSpan(4, 10, 'ORG')
    expect(TEXT.slice(span.start, span.end)).toBe('forces')
    expect(span).toMatchObject({ id: 'T1', annotator: 'ana', created: '2026-01-01T10:00:00.000Z' })
    expect(store.annotations.status).toBe('in_progress')
    await flush()
    expect(api.saved.at(-1)?.spans).toHaveLength(1)
    expect(store.saves.getState()).toEqual({ kind: 'saved', savedAt: '2026-01-01T12:00:01.000Z' })
  })

  it('undoes and redoes add, relabel and delete, each undo restoring the exact previous value', async () => {
    const { store } = makeStore()
    const values: DocumentAnnotations[] = [store.annotations]
    const added = store.addSpan(29, 34, 'GPE')
    values.push(store.annotations)
    store.relabelSpan(added.id, 'LOC')
    values.push(store.annotations)
    store.removeSpan(added.id)
    values.push(store.annotations)
    expect(store.getState().canRedo).toBe(false)
    for (let index = values.length - 2; index >= 0; index--) {
      expect(store.undo()).toBe(true)
      expect(store.annotations).toEqual(values[index])
    }
    expect(store.undo()).toBe(false)
    for (let index = 1; index < values.length; index++) {
      expect(store.redo()).toBe(true)
      expect(store.annotations).toEqual(values[index])
    }
    expect(store.redo()).toBe(false)
  })

  it('a new action after undo clears redo', () => {
    const { store } = makeStore()
    store.addSpan(0, 3, 'PER')
    store.undo()
    store.addSpan(4, 10, 'ORG')
    expect(store.getState().canRedo).toBe(false)
  })

  it('refuses unknown labels and ranges off the text with the reason', () => {
    const { store } = makeStore()
    expect(() => store.addSpan(0, 3, 'NOPE')).toThrow('unknown label "NOPE"')
    expect(() => store.addSpan(30, 99, 'PER')).toThrow('outside the text')
    expect(store.annotations.spans).toHaveLength(0)
  })

  it('a read-only document refuses edits and never saves', async () => {
    const { store, api } = makeStore(fakeSave(), 'annotations/ana/doc1.json: Unexpected end of JSON input')
    expect(() => store.addSpan(0, 3, 'PER')).toThrow(/read-only: annotations\/ana\/doc1.json/)
    await flush()
    expect(api.calls).toHaveLength(0)
  })
})

describe('AutosaveQueue through DocumentStore', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('keeps one save in flight and coalesces later changes into the next save', async () => {
    const api = fakeSave()
    api.hold(true)
    const { store } = makeStore(api)
    store.addSpan(0, 3, 'PER')
    store.addSpan(4, 10, 'ORG')
    store.addSpan(11, 17, 'ORG')
    expect(api.calls).toHaveLength(1)
    expect(store.saves.getState().kind).toBe('saving')
    api.hold(false)
    api.release()
    await flush()
    // The first save carried 1 span; the three later changes went out as one save of 3.
    expect(api.calls.map((value) => value.spans.length)).toEqual([1, 3])
    expect(api.saved.at(-1)).toEqual(store.annotations)
    expect(store.saves.hasUnsavedChanges).toBe(false)
  })

  it('shows a failed save, retries with backoff, and saves the latest value once the disk is back', async () => {
    const api = fakeSave()
    api.fail('EACCES: permission denied')
    const { store } = makeStore(api)
    store.addSpan(0, 3, 'PER')
    await flush()
    expect(store.saves.getState()).toEqual({ kind: 'failed', reason: 'EACCES: permission denied', attempt: 1, retryInMs: 1000 })
    store.addSpan(4, 10, 'ORG') // made while failing: must not be lost
    expect(api.calls).toHaveLength(1) // waits for the backoff instead of hammering the disk
    await vi.advanceTimersByTimeAsync(1000)
    expect(store.saves.getState()).toMatchObject({ kind: 'failed', attempt: 2, retryInMs: 4000 })
    expect(api.calls.at(-1)?.spans).toHaveLength(2)
    api.fail(null)
    await vi.advanceTimersByTimeAsync(3999)
    expect(api.saved).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(api.saved).toHaveLength(1)
    expect(api.saved[0]).toEqual(store.annotations)
    expect(store.saves.getState().kind).toBe('saved')
    expect(store.saves.hasUnsavedChanges).toBe(false)
  })

  it('retryNow skips the wait', async () => {
    const api = fakeSave()
    api.fail('disk full')
    const { store } = makeStore(api)
    store.addSpan(0, 3, 'PER')
    await flush()
    api.fail(null)
    store.saves.retryNow()
    await flush()
    expect(api.saved).toHaveLength(1)
  })
})
