import { describe, expect, it } from 'vitest'
import { createTextLayout } from '../../src/renderer/editor/textLayout'
import { buildDocumentJson } from '../../src/renderer/editor/buildDocumentJson'

// Positions counted by hand: a section opens at 0 (1 position), a paragraph opens with 1
// position, holds its text, closes with 1; the section closes with 1.
describe('createTextLayout', () => {
  it('maps a single line one to one, after the section and paragraph openings', () => {
    const layout = createTextLayout('abc')
    expect(layout.lineCount).toBe(1)
    expect([0, 1, 2, 3].map((offset) => layout.toPosition(offset))).toEqual([2, 3, 4, 5])
    // section(1) + paragraph(1) + "abc"(3) + close(1) + section close(1)
    expect(layout.contentSize).toBe(7)
    expect([2, 3, 4, 5].map((position) => layout.toOffset(position))).toEqual([0, 1, 2, 3])
  })

  it('drops CRLF from the document and keeps the text offsets exact', () => {
    // "ab\r\ncd": line 0 = "ab" (offsets 0-2), separator 2-4, line 1 = "cd" (offsets 4-6).
    // Section opens 0→1, paragraph 0 opens 1→2, text at 2..4, closes 4→5; paragraph 1 text at 6..8.
    const layout = createTextLayout('ab\r\ncd')
    expect(layout.lineCount).toBe(2)
    expect(layout.lineStart(1)).toBe(4)
    expect(layout.toPosition(4)).toBe(6)
    expect(layout.toPosition(6)).toBe(8)
    expect(layout.toPosition(2)).toBe(4)
    // Between \r and \n still ends line 0.
    expect(layout.toPosition(3)).toBe(4)
    expect(layout.toOffset(6)).toBe(4)
    expect(layout.toOffset(8)).toBe(6)
    // The position between the two paragraphs belongs to the next line's start.
    expect(layout.toOffset(5)).toBe(4)
    expect(layout.contentSize).toBe(10)
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
    // Paragraph text starts: 2, 5, 7, 10 (lengths 1, 0, 1, 0 plus 2 each, after the section opening).
    expect(layout.toPosition(3)).toBe(7)
    expect(layout.toPosition(6)).toBe(10)
    expect(layout.contentSize).toBe(12)
    const json = buildDocumentJson(layout)
    expect(json.content?.[0]?.content?.map((node) => node.content?.[0]?.text ?? '')).toEqual(['a', '', 'b', ''])
  })

  it('opens a new section every linesPerSection lines', () => {
    // 3 lines "a", "b", "c" in sections of 2: [s [p a] [p b]] [s [p c]]
    // positions: s0 opens 0, p"a" text at 2, p"b" text at 5, s0 closes 7→8, s1 opens 8, p"c" text at 10.
    const layout = createTextLayout('a\nb\nc', 2)
    expect([0, 2, 4].map((offset) => layout.toPosition(offset))).toEqual([2, 5, 10])
    expect(layout.contentSize).toBe(13)
    expect(layout.toOffset(8)).toBe(4)
    const json = buildDocumentJson(layout)
    expect(json.content?.map((section) => section.content?.length)).toEqual([2, 1])
    expect(json.content?.map((section) => section.attrs)).toEqual([{ first: 0, lines: 2 }, { first: 2, lines: 1 }])
    // Section 0 is the node from 0 to 8, section 1 from 8 to the end (13).
    expect(layout.sectionCount).toBe(2)
    expect([0, 1].map((section) => layout.sectionRange(section))).toEqual([{ from: 0, to: 8 }, { from: 8, to: 13 }])
    expect([0, 1, 2].map((line) => layout.sectionOfLine(line))).toEqual([0, 0, 1])
    // Text offsets: "a" 0, "b" 2, "c" 4; the separator after "b" (3) belongs to line 1, section 0.
    expect([0, 3, 4, 5].map((offset) => layout.sectionOfOffset(offset))).toEqual([0, 0, 1, 1])
    expect([0, 1].map((section) => layout.sectionTextRange(section))).toEqual([{ start: 0, end: 3 }, { start: 4, end: 5 }])
    expect(() => layout.sectionRange(2)).toThrow(RangeError)
  })

  it('counts an emoji as two units in both offsets and positions', () => {
    const text = 'x😀y\nz'
    const layout = createTextLayout(text)
    expect(layout.toPosition(text.indexOf('y'))).toBe(5)
    expect(layout.toOffset(5)).toBe(3)
    expect(layout.toPosition(text.indexOf('z'))).toBe(8)
  })

  it('keeps markup as literal text in the JSON document', () => {
    const text = '<img src=x onerror=alert(1)>'
    const json = buildDocumentJson(createTextLayout(text))
    expect(json.content?.[0]?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text }] }])
  })

  it('rejects offsets and positions outside the text', () => {
    const layout = createTextLayout('ab')
    expect(() => layout.toPosition(3)).toThrow('offset 3 is outside the text (length 2)')
    expect(() => layout.toOffset(7)).toThrow(RangeError)
  })

  it('round-trips every offset not inside a line separator', () => {
    const text = 'Le «\u00a0Daech\u00a0»\r\n\nà Soueïda\nfin'
    const layout = createTextLayout(text, 2)
    for (let offset = 0; offset <= text.length; offset++) {
      const endsLine = text[offset] === '\r' || text[offset] === '\n' || offset === text.length
      const insideSeparator = text[offset - 1] === '\r' && text[offset] === '\n'
      if (!insideSeparator) expect(layout.toOffset(layout.toPosition(offset))).toBe(offset)
      else expect(endsLine).toBe(true)
    }
  })
})
