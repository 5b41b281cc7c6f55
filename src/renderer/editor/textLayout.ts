/**
 * How a plain text is laid out as a ProseMirror document: one paragraph per line, lines split
 * on `\r\n`, `\n` or `\r` (the separators are not in the document), paragraphs grouped in
 * sections of `linesPerSection` lines. Sections keep each decoration update and each view
 * update to a few hundred nodes in a 5k-line document (a flat list makes both linear in the
 * number of paragraphs, per change). Maps text offsets (UTF-16 code units, as stored) to
 * ProseMirror positions and back, in O(log lines).
 *
 * Positions: a section opens with one position, each paragraph opens with one, holds its
 * text, and closes with one; then the section closes with one.
 */
export const LINES_PER_SECTION = 20

export interface TextLayout {
  readonly text: string
  readonly lineCount: number
  readonly linesPerSection: number
  /** Text offset where line i starts. */
  lineStart(line: number): number
  /** Length of line i without its separator. */
  lineLength(line: number): number
  /** The line holding `offset`; an offset inside or at a separator belongs to the line before it. */
  lineOf(offset: number): number
  toPosition(offset: number): number
  /** The text offset of a ProseMirror position; a position between paragraphs maps to the next line's start. */
  toOffset(position: number): number
  /** The document's size in positions (`doc.content.size`). */
  readonly contentSize: number
  readonly sectionCount: number
  /** The section holding line `line`. */
  sectionOfLine(line: number): number
  /** The section holding text offset `offset` (the section of its line). */
  sectionOfOffset(offset: number): number
  /** Where section `index` starts and ends as a node (before its opening, after its closing). */
  sectionRange(index: number): { readonly from: number; readonly to: number }
  /** The text offsets section `index` covers, from its first line's start to its last line's end. */
  sectionTextRange(index: number): { readonly start: number; readonly end: number }
}

function upperBound(values: Int32Array, count: number, target: number): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((values[middle] as number) <= target) low = middle + 1
    else high = middle
  }
  return low
}

export function createTextLayout(text: string, linesPerSection: number = LINES_PER_SECTION): TextLayout {
  if (!Number.isInteger(linesPerSection) || linesPerSection < 1) throw new RangeError(`linesPerSection must be a positive integer, not ${linesPerSection}`)
  const starts: number[] = [0]
  const lengths: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 10 && code !== 13) continue
    lengths.push(index - (starts[starts.length - 1] as number))
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    starts.push(index + 1)
  }
  lengths.push(text.length - (starts[starts.length - 1] as number))
  const lineCount = starts.length
  const lineStarts = Int32Array.from(starts)
  const lineLengths = Int32Array.from(lengths)
  const contentStarts = new Int32Array(lineCount)
  let position = 0
  for (let line = 0; line < lineCount; line++) {
    if (line % linesPerSection === 0) position += 1
    contentStarts[line] = position + 1
    position += (lineLengths[line] as number) + 2
    if (line % linesPerSection === linesPerSection - 1 || line === lineCount - 1) position += 1
  }
  const contentSize = position

  function checkLine(line: number): void {
    if (!Number.isInteger(line) || line < 0 || line >= lineCount) throw new RangeError(`line ${line} is outside 0..${lineCount - 1}`)
  }

  const sectionCount = Math.ceil(lineCount / linesPerSection)

  /** The first and last lines of section `index`. */
  function sectionLines(index: number): [number, number] {
    if (!Number.isInteger(index) || index < 0 || index >= sectionCount) throw new RangeError(`section ${index} is outside 0..${sectionCount - 1}`)
    const first = index * linesPerSection
    return [first, Math.min(lineCount, first + linesPerSection) - 1]
  }

  function lineOf(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`offset ${offset} is outside the text (length ${text.length})`)
    }
    // An offset inside a CRLF (after the \r) is below the next line's start, so it stays on its line.
    return upperBound(lineStarts, lineCount, offset) - 1
  }

  return {
    text,
    lineCount,
    linesPerSection,
    contentSize,
    sectionCount,
    sectionOfLine(line) {
      checkLine(line)
      return Math.floor(line / linesPerSection)
    },
    sectionOfOffset(offset) {
      return Math.floor(lineOf(offset) / linesPerSection)
    },
    sectionRange(index) {
      const [first, last] = sectionLines(index)
      // Two openings (section, paragraph) before the first line's text; two closings after the last's.
      return { from: (contentStarts[first] as number) - 2, to: (contentStarts[last] as number) + (lineLengths[last] as number) + 2 }
    },
    sectionTextRange(index) {
      const [first, last] = sectionLines(index)
      return { start: lineStarts[first] as number, end: (lineStarts[last] as number) + (lineLengths[last] as number) }
    },
    lineStart(line) {
      checkLine(line)
      return lineStarts[line] as number
    },
    lineLength(line) {
      checkLine(line)
      return lineLengths[line] as number
    },
    lineOf,
    toPosition(offset) {
      const line = lineOf(offset)
      const within = Math.min(offset - (lineStarts[line] as number), lineLengths[line] as number)
      return (contentStarts[line] as number) + within
    },
    toOffset(position) {
      if (!Number.isInteger(position) || position < 0 || position > contentSize) {
        throw new RangeError(`position ${position} is outside the document (size ${contentSize})`)
      }
      const line = Math.max(0, upperBound(contentStarts, lineCount, position) - 1)
      const within = position - (contentStarts[line] as number)
      if (within < 0) return lineStarts[line] as number
      if (within > (lineLengths[line] as number)) {
        return line + 1 < lineCount ? (lineStarts[line + 1] as number) : text.length
      }
      return (lineStarts[line] as number) + within
    }
  }
}
