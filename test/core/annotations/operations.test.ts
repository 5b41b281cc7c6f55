import { describe, expect, it } from 'vitest'
import {
  addSpan,
  applyOperation,
  insertSpan,
  nextSpanId,
  relabelSpan,
  removeSpan,
  setStatus
} from '../../../src/core/annotations'
import { ANNOTATION_FILE_VERSION, type DocumentAnnotations, type Span } from '../../../src/core/model'

const T0 = '2026-01-01T10:00:00.000Z'
const T1 = '2026-01-01T11:00:00.000Z'

function span(id: string, start: number, end: number, label = 'PER'): Span {
  return { id, start, end, label, annotator: 'ana', created: T0, updated: T0 }
}

function doc(spans: Span[] = []): DocumentAnnotations {
  return { version: ANNOTATION_FILE_VERSION, documentId: 'd1', sha256: 'a'.repeat(64), annotator: 'ana', status: 'todo', offsetUnit: 'utf16', spans, relations: [] }
}

describe('addSpan', () => {
  it('creates T1 in an empty document with the annotator and the given time', () => {
    const result = addSpan(doc(), { start: 3, end: 8, label: 'GPE' }, T1)
    expect(result.span).toEqual({ id: 'T1', start: 3, end: 8, label: 'GPE', annotator: 'ana', created: T1, updated: T1 })
    expect(result.annotations.spans).toEqual([result.span])
    expect(result.inverse).toEqual({ kind: 'removeSpan', spanId: 'T1' })
  })

  it('numbers after the largest T<n>, ignoring gaps and foreign ids', () => {
    const before = doc([span('T2', 0, 1), span('T9', 5, 6), span('E1', 7, 8), span('T10x', 9, 10)])
    expect(nextSpanId(before)).toBe('T10')
    expect(addSpan(before, { start: 1, end: 2, label: 'PER' }, T1).span.id).toBe('T10')
  })

  it('keeps spans ordered by start then end, wherever the new one falls', () => {
    const before = doc([span('T1', 0, 4), span('T2', 10, 12)])
    const after = addSpan(before, { start: 0, end: 2, label: 'ORG' }, T1).annotations
    expect(after.spans.map((s) => s.id)).toEqual(['T3', 'T1', 'T2'])
    const later = addSpan(after, { start: 5, end: 6, label: 'ORG' }, T1).annotations
    expect(later.spans.map((s) => `${s.start}-${s.end}`)).toEqual(['0-2', '0-4', '5-6', '10-12'])
  })

  it('rejects empty and reversed ranges', () => {
    expect(() => addSpan(doc(), { start: 4, end: 4, label: 'PER' }, T1)).toThrow(/4-4 are not a non-empty range/)
    expect(() => addSpan(doc(), { start: 5, end: 2, label: 'PER' }, T1)).toThrow(RangeError)
  })

  it('does not change the value it was given', () => {
    const before = doc([span('T1', 0, 4)])
    addSpan(before, { start: 5, end: 7, label: 'PER' }, T1)
    expect(before.spans).toHaveLength(1)
  })
})

describe('inverses', () => {
  it('undo of removeSpan restores the same span with its id and timestamps', () => {
    const before = doc([span('T1', 0, 4), span('T2', 2, 3, 'LOC')])
    const removed = removeSpan(before, 'T2')
    expect(removed.annotations.spans.map((s) => s.id)).toEqual(['T1'])
    expect(applyOperation(removed.annotations, removed.inverse).annotations).toEqual(before)
  })

  it('relabel changes label and updated; its inverse restores both', () => {
    const before = doc([span('T1', 0, 4)])
    const relabelled = relabelSpan(before, 'T1', 'ORG', T1)
    expect(relabelled.annotations.spans[0]).toMatchObject({ label: 'ORG', updated: T1, created: T0 })
    expect(applyOperation(relabelled.annotations, relabelled.inverse).annotations).toEqual(before)
  })

  it('setStatus inverse restores the previous status', () => {
    const done = setStatus(doc(), 'done')
    expect(done.annotations.status).toBe('done')
    expect(done.inverse).toEqual({ kind: 'setStatus', status: 'todo' })
  })

  it('redo of an add reuses the same id even after another span took the next number', () => {
    const added = addSpan(doc(), { start: 0, end: 2, label: 'PER' }, T1)
    const undone = applyOperation(added.annotations, added.inverse).annotations
    expect(applyOperation(undone, added.operation).annotations).toEqual(added.annotations)
  })

  it('unknown span ids and duplicate ids are errors naming the id', () => {
    expect(() => removeSpan(doc(), 'T7')).toThrow('no span "T7" in document "d1"')
    expect(() => relabelSpan(doc(), 'T7', 'ORG', T1)).toThrow(RangeError)
    expect(() => insertSpan(doc([span('T1', 0, 1)]), span('T1', 2, 3))).toThrow('span id "T1" already exists')
  })
})
