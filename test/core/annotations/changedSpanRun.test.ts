import { describe, expect, it } from 'vitest'
import { changedSpanRun } from '../../../src/core/annotations'
import type { Span } from '../../../src/core/model'

const span = (id: string, start: number): Span => ({ id, start, end: start + 1, label: 'PER', annotator: 'a', created: '', updated: '' })
const [a, b, c, d] = [span('T1', 0), span('T2', 2), span('T3', 4), span('T4', 6)]

describe('changedSpanRun', () => {
  it('is the stretch between the identical runs at both ends', () => {
    // An insertion between b and c: nothing went, x came.
    const x = span('T5', 3)
    expect(changedSpanRun([a, b, c, d], [a, b, x, c, d])).toEqual({ before: [], after: [x] })
    // A relabel of c: the old object went, the new one came.
    const relabelled = { ...c, label: 'ORG' }
    expect(changedSpanRun([a, b, c, d], [a, b, relabelled, d])).toEqual({ before: [c], after: [relabelled] })
    // A deletion of a, and no change at all.
    expect(changedSpanRun([a, b, c, d], [b, c, d])).toEqual({ before: [a], after: [] })
    expect(changedSpanRun([a, b], [a, b])).toEqual({ before: [], after: [] })
  })

  it('compares objects, not ids: an equal copy counts as changed', () => {
    const copy = { ...b }
    expect(changedSpanRun([a, b, c], [a, copy, c])).toEqual({ before: [b], after: [copy] })
    expect(changedSpanRun([a, b, c], [a, copy, c]).before[0]).toBe(b)
  })
})
