import { describeSpan, type ConversionIssue, type InterchangeDocument } from '../interchange'
import { compareSpans } from '../nonOverlapping'
import { createUnitOffsets } from '../unitOffsets'

export interface BratFiles {
  /** Content for `<id>.txt`: the document text unchanged. */
  readonly text: string
  /** Content for `<id>.ann`. */
  readonly ann: string
  readonly report: ConversionIssue[]
}

/** Splits `[start, end)` at line breaks: brat keeps each line of a multi-line span as a fragment. */
function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = []
  for (const match of text.slice(start, end).matchAll(/[^\r\n]+/g)) {
    fragments.push([start + match.index, start + match.index + match[0].length])
  }
  return fragments
}

/**
 * Writes one document as brat standoff, `T` lines only, offsets in code points.
 * Span ids of the form `T<n>` are kept; others get the next free number. A span
 * over a line break is written as one fragment per line (brat's own convention),
 * which readBratDocument merges back, and is reported.
 */
export function writeBratDocument(document: InterchangeDocument): BratFiles {
  const offsets = createUnitOffsets(document.text, 'codepoint')
  const report: ConversionIssue[] = []
  const spans = [...document.spans].sort(compareSpans)
  const keptIds = new Set<string>()
  for (const span of spans) {
    if (span.id && /^T\d+$/.test(span.id) && !keptIds.has(span.id)) keptIds.add(span.id)
  }
  let nextNumber = Math.max(0, ...[...keptIds].map((id) => Number(id.slice(1)))) + 1
  const usedIds = new Set<string>()
  const lines = spans.flatMap((span) => {
    const fragments = fragmentsOf(document.text, span.start, span.end)
    if (fragments.length === 0) {
      report.push({ document: document.id, item: `span ${describeSpan(document.text, span)}`, reason: 'covers only line breaks, which brat cannot mark' })
      return []
    }
    const keep = span.id !== undefined && keptIds.has(span.id) && !usedIds.has(span.id)
    const id = keep && span.id ? span.id : `T${nextNumber++}`
    usedIds.add(id)
    if (fragments.length > 1) {
      report.push({
        document: document.id,
        item: `span ${describeSpan(document.text, span)}`,
        reason: `crosses a line break: written as ${fragments.length} brat fragments`
      })
    }
    const offsetsField = fragments.map(([start, end]) => `${offsets.fromUtf16(start)} ${offsets.fromUtf16(end)}`).join(';')
    const quoted = fragments.map(([start, end]) => document.text.slice(start, end)).join(' ')
    return [`${id}\t${span.label} ${offsetsField}\t${quoted}\n`]
  })
  return { text: document.text, ann: lines.join(''), report }
}
