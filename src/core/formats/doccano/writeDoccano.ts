import type { OffsetUnit } from '../../text'
import type { InterchangeDocument, WriteResult } from '../interchange'
import { compareSpans } from '../nonOverlapping'
import { createUnitOffsets } from '../unitOffsets'

export interface DoccanoWriteOptions {
  /** `label`: `[[start, end, "L"]]` (doccano's default export); `entities`: objects plus `relations`. */
  readonly form?: 'label' | 'entities'
  /** UTF-16 by default, as doccano's own frontend counts; see readDoccano. */
  readonly offsetUnit?: OffsetUnit
}

/**
 * Writes doccano JSONL, one document per line with its `id`. doccano holds overlapping
 * spans, so nothing of the interchange shape is lost; in the `entities` form, span ids
 * become 1, 2, … in document order because doccano's ids are integers.
 */
export function writeDoccano(documents: readonly InterchangeDocument[], options: DoccanoWriteOptions = {}): WriteResult {
  const form = options.form ?? 'label'
  const lines = documents.map((document) => {
    const offsets = createUnitOffsets(document.text, options.offsetUnit ?? 'utf16')
    const spans = [...document.spans].sort(compareSpans)
    if (form === 'label') {
      const label = spans.map((span) => [offsets.fromUtf16(span.start), offsets.fromUtf16(span.end), span.label])
      return JSON.stringify({ id: document.id, text: document.text, label })
    }
    const entities = spans.map((span, index) => ({
      id: index + 1,
      label: span.label,
      start_offset: offsets.fromUtf16(span.start),
      end_offset: offsets.fromUtf16(span.end)
    }))
    return JSON.stringify({ id: document.id, text: document.text, entities, relations: [] })
  })
  return { output: lines.map((line) => `${line}\n`).join(''), report: [] }
}
