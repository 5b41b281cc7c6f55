import { describe, expect, it } from 'vitest'
import { nextSpanOfLabel, nextUnannotatedParagraph } from '../../../src/renderer/palette/findNext'
import { matchesFilter } from '../../../src/renderer/palette/paletteStore'

const spans = [
  { id: 'T1', start: 0, end: 4, label: 'PER' },
  { id: 'T2', start: 5, end: 9, label: 'ORG' },
  { id: 'T3', start: 10, end: 14, label: 'PER' },
  { id: 'T4', start: 10, end: 20, label: 'PER' }
]

describe('nextSpanOfLabel', () => {
  it('steps through the spans of one label in text order, nested ones included, and wraps', () => {
    expect(nextSpanOfLabel(spans, 'PER', spans[0]!, 1)?.id).toBe('T3')
    expect(nextSpanOfLabel(spans, 'PER', spans[2]!, 1)?.id).toBe('T4')
    expect(nextSpanOfLabel(spans, 'PER', spans[3]!, 1)?.id).toBe('T1')
    expect(nextSpanOfLabel(spans, 'PER', spans[0]!, -1)?.id).toBe('T4')
    expect(nextSpanOfLabel(spans, 'GPE', null, 1)).toBeNull()
  })
})

describe('nextUnannotatedParagraph', () => {
  // Lines: "Un." 0-3, "\r\n", "" 5-5 (blank), "\r\n", "  Deux trois. " 7-21 (text 9-20), "\n", "Quatre" 22-28.
  const text = 'Un.\r\n\r\n  Deux trois. \nQuatre'

  it('finds the next line with text and no span, trimmed, across CRLF, and wraps', () => {
    expect(nextUnannotatedParagraph(text, [], 0)).toEqual({ start: 9, end: 20 })
    expect(nextUnannotatedParagraph(text, [{ start: 10, end: 14 }], 0)).toEqual({ start: 22, end: 28 })
    expect(nextUnannotatedParagraph(text, [], 22)).toEqual({ start: 0, end: 3 })
    expect(nextUnannotatedParagraph(text, [], 22, -1)).toEqual({ start: 9, end: 20 })
    expect(nextUnannotatedParagraph(text, [{ start: 0, end: 28 }], 0)).toBeNull()
  })
})

describe('matchesFilter', () => {
  it('keeps a command whose text has every word of the filter, in any order, ignoring case and accents', () => {
    expect(matchesFilter('Next document Alt+PageDown', 'alt document next')).toBe(true)
    expect(matchesFilter('Mark done and open the next document Ctrl+Enter', 'alt document next')).toBe(false)
    expect(matchesFilter('Go to the agreement charts', 'AGRÉEMENT')).toBe(true)
    expect(matchesFilter('Undo', '')).toBe(true)
  })
})
