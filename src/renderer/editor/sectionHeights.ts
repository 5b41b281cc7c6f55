import type { TextLayout } from './textLayout'

/** Characters per visual row and pixels per row, guessed until a drawn section is measured. */
const CHARS_PER_ROW_GUESS = 90
const PIXELS_PER_ROW_GUESS = 39

/** Visual rows each section would take at CHARS_PER_ROW_GUESS characters per row (an empty line is a row). */
export function estimateSectionRows(layout: TextLayout): Float64Array {
  const rows = new Float64Array(layout.sectionCount)
  for (let line = 0; line < layout.lineCount; line++) {
    const section = layout.sectionOfLine(line)
    rows[section] = (rows[section] as number) + Math.max(1, Math.ceil(layout.lineLength(line) / CHARS_PER_ROW_GUESS))
  }
  return rows
}

/**
 * The height a dormant section reserves: what it measured when last drawn, or its estimated
 * rows times the pixels per row measured so far. Mutable and shared by the viewport plugin
 * (which measures) and the section views (which size themselves), outside ProseMirror's state:
 * a height change must not change every dormant section's decoration, which would make
 * ProseMirror rebuild them all.
 */
export class SectionHeights {
  private readonly rows: Float64Array
  private readonly measured = new Map<number, number>()
  private measuredPixels = 0
  private measuredRows = 0

  constructor(private readonly layout: TextLayout) {
    this.rows = estimateSectionRows(layout)
  }

  sectionOfFirstLine(firstLine: number): number {
    return this.layout.sectionOfLine(firstLine)
  }

  heightOf(section: number): number {
    const perRow = this.measuredRows > 0 ? this.measuredPixels / this.measuredRows : PIXELS_PER_ROW_GUESS
    return Math.round(this.measured.get(section) ?? (this.rows[section] as number) * perRow)
  }

  /** Records a drawn section's height; false when it is the one already known (within a pixel). */
  remember(section: number, height: number): boolean {
    const before = this.measured.get(section)
    if (before !== undefined && Math.abs(before - height) < 1) return false
    if (before === undefined) this.measuredRows += this.rows[section] as number
    this.measuredPixels += height - (before ?? 0)
    this.measured.set(section, height)
    return true
  }
}
