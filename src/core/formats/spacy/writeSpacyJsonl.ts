import { describeSpan, type InterchangeDocument, type WriteResult } from '../interchange'
import { selectNonOverlapping } from '../nonOverlapping'
import { reportUncarried } from '../reportUncarried'
import { createUnitOffsets } from '../unitOffsets'

export interface SpacyWriteOptions {
  /** `entities`: `[[start, end, "L"]]` (default); `ents`: `[{"start", "end", "label"}]`. */
  readonly form?: 'entities' | 'ents'
}

/**
 * Writes spaCy-style JSONL `{"id", "text", "entities"}` in code points, ready for
 * `doc.char_span(start, end, label)`. spaCy's `doc.ents` refuses overlapping
 * entities, so of overlapping spans only the first (longest at equal start) is
 * written and the others are reported, as are events, relations and span attributes.
 */
export function writeSpacyJsonl(documents: readonly InterchangeDocument[], options: SpacyWriteOptions = {}): WriteResult {
  const report: WriteResult['report'] = []
  const lines = documents.map((document) => {
    report.push(...reportUncarried(document, 'spaCy JSONL'))
    const offsets = createUnitOffsets(document.text, 'codepoint')
    const { kept, overlapping } = selectNonOverlapping(document.spans)
    for (const span of overlapping) {
      report.push({
        document: document.id,
        item: `span ${describeSpan(document.text, span)}`,
        reason: 'overlaps an earlier span; spaCy doc.ents cannot hold overlapping entities'
      })
    }
    const converted = kept.map((span) => ({
      start: offsets.fromUtf16(span.start),
      end: offsets.fromUtf16(span.end),
      label: span.label
    }))
    const spans =
      options.form === 'ents'
        ? { ents: converted }
        : { entities: converted.map((span) => [span.start, span.end, span.label]) }
    return JSON.stringify({ id: document.id, text: document.text, ...spans })
  })
  return { output: lines.map((line) => `${line}\n`).join(''), report }
}
