import { describe, expect, it } from 'vitest'
import { createTextLayout } from '../../src/renderer/editor/textLayout'
import { buildDocumentJson } from '../../src/renderer/editor/buildDocumentJson'

// Positions counted by hand: the doc content starts at 0, a paragraph's text at its
// opening position + 1, and each paragraph takes its text length + 2 positions.
describe('createTextLayout', () => {
  it('maps a single line one to one, shifted by the paragraph opening', () => {
    const layout = createTextLayout('abc')
    expect(layout.lineCount).toBe(1)
    expect([0, 1, 2, 3].map((offset) => layout.toPosition(offset))).toEqual([1, 2, 3, 4])
    expect(layout.contentSize).toBe(5)
    expect([1, 2, 3, 4].map((position) => layout.toOffset(position))).toEqual([0, 1, 2, 3])
  })

  it('drops CRLF from the document and keeps the text offsets exact', () => {
    // "ab\r\ncd": line 0 = "ab" (offsets 0-2), separator 2-4, line 1 = "cd" (offsets 4-6).
    // Paragraph 0 text at positions 1..3, closes at 3→4; paragraph 1 text at 5..7.
    const layout = createTextLayout('ab\r\ncd')
    expect(layout.lineCount).toBe(2)
    expect(layout.lineStart(1)).toBe(4)
    expect(layout.toPosition(4)).toBe(5)
    expect(layout.toPosition(6)).toBe(7)
    expect(layout.toPosition(2)).toBe(3)
    // Between \r and \n still ends line 0.
    expect(layout.toPosition(3)).toBe(3)
    expect(layout.toOffset(5)).toBe(4)
    expect(layout.toOffset(7)).toBe(6)
    // The position between the two paragraphs belongs to the next line's start.
    expect(layout.toOffset(4)).toBe(4)
    expect(layout.contentSize).toBe(8)
  })

  it('keeps empty lines as empty paragraphs, with \\n, \\r and \\r\\n mixed', () => {
    // Lines: "a" | "" | "b" | "" ; separators \n, \r, \r\n.
    const text = 'a\n\rb\r\n'
    const layout = createTextLayout(text)
    expect(layout.lineCount).toBe(4)
    expect([0, 1, 2, 3].map((line) => [layout.lineStart(line), layout.lineLength(line)])).toEqual([
      [0, 1],
      [2, 0],
      [3, 1],
      [6, 0]
    ])
    // Paragraph text starts: 1, 4, 6, 9 (lengths 1, 0, 1, 0 plus 2 each).
    expect(layout.toPosition(3)).toBe(6)
    expect(layout.toPosition(6)).toBe(9)
    expect(layout.contentSize).toBe(10)
    const json = buildDocumentJson(layout)
    expect(json.content?.map((node) => node.content?.[0]?.text ?? '')).toEqual(['a', '', 'b', ''])
  })

  it('counts an emoji as two units in both offsets and positions', () => {
    const text = 'x😀y\nz'
    const layout = createTextLayout(text)
    expect(layout.toPosition(text.indexOf('y'))).toBe(4)
    expect(layout.toOffset(4)).toBe(3)
    expect(layout.toPosition(text.indexOf('z'))).toBe(7)
  })

  it('keeps markup as literal text in the JSON document', () => {
    const text = '<img src=x onerror=alert(1)>'
    const json = buildDocumentJson(createTextLayout(text))
    expect(json).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  })

  it('rejects offsets and positions outside the text', () => {
    const layout = createTextLayout('ab')
    expect(() => layout.toPosition(3)).toThrow('offset 3 is outside the text (length 2)')
    expect(() => layout.toOffset(5)).toThrow(RangeError)
  })

  it('round-trips every offset of a 3-line text', () => {
    const text = 'Le «\u00a0Daech\u00a0»\r\n\nà Soueïda'
    const layout = createTextLayout(text)
    for (let offset = 0; offset <= text.length; offset++) {
      const onSeparator = text[offset - 1] === '\r' && text[offset] === '\n'
      if (!onSeparator) {
        const back = layout.toOffset(layout.toPosition(offset))
        const atLineEnd = text[offset] === '\r' || text[offset] === '\n'
        expect(atLineEnd ? back <= offset : back === offset).toBe(true)
      }
    }
  })
})
