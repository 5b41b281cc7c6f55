import { describe, expect, it } from 'vitest'
import { findSpanById, spansStartingAt } from '../../../src/core/annotations'
import { span } from './linkFixture'

// Sorted by start, end, id, as every spans array is.
const spans = [span('T1', 0, 4, 'ORG'), span('T4', 5, 7, 'PER'), span('T2', 5, 9, 'ORG'), span('T3', 5, 9, 'PER'), span('T5', 12, 15, 'LOC')]

describe('spansStartingAt', () => {
  it('gives the spans starting exactly there, in order, and none where no span starts', () => {
    expect(spansStartingAt(spans, 5).map((s) => s.id)).toEqual(['T4', 'T2', 'T3'])
    expect(spansStartingAt(spans, 0).map((s) => s.id)).toEqual(['T1'])
    expect(spansStartingAt(spans, 6)).toEqual([])
    expect(spansStartingAt(spans, 16)).toEqual([])
    expect(spansStartingAt([], 0)).toEqual([])
  })
})

describe('findSpanById', () => {
  it('finds a span by id with its start, without it, and with a wrong start', () => {
    expect(findSpanById(spans, 'T3', 5)?.end).toBe(9)
    expect(findSpanById(spans, 'T3')?.label).toBe('PER')
    // A stale start (the span was moved by an undo, say) still finds it, by the full search.
    expect(findSpanById(spans, 'T5', 0)?.start).toBe(12)
    expect(findSpanById(spans, 'T9', 5)).toBeUndefined()
  })
})
