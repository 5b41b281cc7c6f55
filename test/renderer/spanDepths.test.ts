import { describe, expect, it } from 'vitest'
import type { Span } from '../../src/core/model'
import { computeSpanDepths } from '../../src/renderer/editor/spanDepths'

function span(id: string, start: number, end: number): Span {
  return { id, start, end, label: 'PER', annotator: 'a', created: '', updated: '' }
}

describe('computeSpanDepths', () => {
  it('puts a nested span one level below its container', () => {
    expect(Object.fromEntries(computeSpanDepths([span('B', 2, 5), span('A', 0, 10)]))).toEqual({ A: 0, B: 1 })
  })

  it('stacks crossing spans and lets adjacent ones share a level', () => {
    const depths = computeSpanDepths([span('A', 0, 5), span('B', 3, 8), span('C', 8, 9), span('D', 5, 6)])
    expect(Object.fromEntries(depths)).toEqual({ A: 0, B: 1, D: 0, C: 0 })
  })

  it('reuses a freed lane inside a long span and separates identical ranges', () => {
    const depths = computeSpanDepths([span('A', 0, 10), span('B', 0, 4), span('C', 5, 9), span('D', 5, 9)])
    expect(Object.fromEntries(depths)).toEqual({ A: 0, B: 1, C: 1, D: 2 })
  })
})
