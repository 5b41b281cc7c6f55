import { describe, expect, it } from 'vitest'
import type { Span } from '../../src/core/model'
import { SpansBySection } from '../../src/renderer/editor/spansBySection'
import { createTextLayout } from '../../src/renderer/editor/textLayout'

function span(id: string, start: number, end: number, label = 'PER'): Span {
  return { id, start, end, label, annotator: 'a', created: '', updated: '' }
}

// "a\nb\nc\nd" in sections of two lines: section 0 = "a" (0) and "b" (2), section 1 = "c" (4) and "d" (6).
const layout = createTextLayout('a\nb\nc\nd', 2)

describe('SpansBySection', () => {
  it('reports the sections whose spans changed, by object identity', () => {
    const index = new SpansBySection(layout)
    const a = span('T1', 0, 1)
    const c = span('T2', 4, 5)
    expect([...index.update([a, c])].sort()).toEqual([0, 1])
    expect([...index.update([a, c])]).toEqual([])
    expect([...index.update([{ ...a, label: 'ORG' }, c])]).toEqual([0])
    // "b\nc" runs over both sections; deleting T2 touches section 1 only.
    const crossing = span('T3', 2, 5)
    expect([...index.update([a, crossing, c])].sort()).toEqual([0, 1])
    expect(index.sectionsOf('T3')).toEqual([0, 1])
    expect([...index.update([a, crossing])]).toEqual([1])
    expect(index.spansIn(1).map((member) => member.id)).toEqual(['T3'])
    expect(index.sectionsOf('T2')).toEqual([])
  })

  it('keeps a span ending at a line end, or on its separator, in that line’s section', () => {
    const index = new SpansBySection(layout)
    // "b\n" ends at offset 4 (where "c" starts): its last character is the separator, on line 1.
    index.update([span('T1', 2, 4)])
    expect(index.sectionsOf('T1')).toEqual([0])
  })

  it('orders a section’s spans by start, longest first, then by id', () => {
    const index = new SpansBySection(layout)
    index.update([span('T9', 0, 1), span('T10', 0, 1), span('T2', 0, 3), span('T1', 2, 3)])
    expect(index.spansIn(0).map((member) => member.id)).toEqual(['T2', 'T10', 'T9', 'T1'])
  })
})
