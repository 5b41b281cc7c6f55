import type { OffsetUnit } from '../../text'
import type { InterchangeDocument, WriteResult } from '../interchange'
import { compareSpans } from '../nonOverlapping'
import { reportUncarried } from '../reportUncarried'
import { createUnitOffsets } from '../unitOffsets'

export interface DoccanoWriteOptions {
  /** `label`: `[[start, end, "L"]]` (doccano's default export); `entities`: objects plus `relations`. */
  readonly form?: 'label' | 'entities'
  /** UTF-16 by default, as doccano's own frontend counts; see readDoccano. */
  readonly offsetUnit?: OffsetUnit
}

/**
 * Writes doccano JSONL, one document per line with its `id`. doccano holds overlapping
 * spans; in the `entities` form it holds relations too (`from_id` → `to_id`), and span
 * and relation ids become 1, 2, … in document order because doccano's ids are integers.
 * Events, span attributes and (in the `label` form) relations are reported.
 */
export function writeDoccano(documents: readonly InterchangeDocument[], options: DoccanoWriteOptions = {}): WriteResult {
  const form = options.form ?? 'label'
  const report: WriteResult['report'] = []
  const lines = documents.map((document) => {
    report.push(...reportUncarried(document, `doccano's ${form} form`, { relations: form === 'entities' }))
    const offsets = createUnitOffsets(document.text, options.offsetUnit ?? 'utf16')
    const spans = [...document.spans].sort(compareSpans)
    if (form === 'label') {
      const label = spans.map((span) => [offsets.fromUtf16(span.start), offsets.fromUtf16(span.end), span.label])
      return JSON.stringify({ id: document.id, text: document.text, label })
    }
    const numberOf = new Map<string, number>()
    const entities = spans.map((span, index) => {
      if (span.id !== undefined) numberOf.set(span.id, index + 1)
      return { id: index + 1, label: span.label, start_offset: offsets.fromUtf16(span.start), end_offset: offsets.fromUtf16(span.end) }
    })
    const relations = (document.relations ?? []).flatMap((relation) => {
      const fromId = numberOf.get(relation.head)
      const toId = numberOf.get(relation.tail)
      return fromId === undefined || toId === undefined ? [] : [{ from_id: fromId, to_id: toId, type: relation.type }]
    })
    return JSON.stringify({ id: document.id, text: document.text, entities, relations: relations.map((relation, index) => ({ id: index + 1, ...relation })) })
  })
  return { output: lines.map((line) => `${line}\n`).join(''), report }
}
