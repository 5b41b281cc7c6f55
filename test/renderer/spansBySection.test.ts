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

  it('after any run of edits, holds what an index built from scratch holds, and names every section that changed', () => {
    // Ten lines in sections of two; spans on random lines, edited as the app does (insert, relabel, delete, reorder, undo).
    const text = Array.from({ length: 10 }, (_, line) => `line${line}`).join('\n')
    const tenLines = createTextLayout(text, 2)
    let seed = 7
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    const members = (index: SpansBySection): string[][] => Array.from({ length: tenLines.sectionCount }, (_, section) => index.spansIn(section).map((member) => `${member.id}:${member.label}`))
    const index = new SpansBySection(tenLines)
    let spans: Span[] = []
    let nextId = 1
    const history: Span[][] = []
    for (let step = 0; step < 400; step++) {
      const previous = members(index)
      history.push(spans)
      const choice = random(5)
      if (choice === 0 || spans.length === 0) {
        const start = random(text.length - 1)
        spans = [...spans]
        spans.splice(random(spans.length + 1), 0, span(`T${nextId++}`, start, start + 1 + random(Math.min(12, text.length - start - 1))))
      } else if (choice === 1) {
        const at = random(spans.length)
        spans = spans.map((member, position) => (position === at ? { ...member, label: member.label === 'PER' ? 'ORG' : 'PER' } : member))
      } else if (choice === 2) {
        const at = random(spans.length)
        spans = spans.filter((_, position) => position !== at)
      } else if (choice === 3) {
        spans = [...spans].reverse()
      } else {
        spans = history[random(history.length)] as Span[]
      }
      const changed = index.update(spans)
      const fresh = new SpansBySection(tenLines)
      fresh.update(spans)
      const now = members(index)
      expect(now).toEqual(members(fresh))
      now.forEach((sectionMembers, section) => {
        if (sectionMembers.join() !== previous[section]?.join()) expect(changed.has(section)).toBe(true)
      })
    }
  })
})
