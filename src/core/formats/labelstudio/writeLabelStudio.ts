import type { InterchangeDocument, WriteResult } from '../interchange'
import { compareSpans } from '../nonOverlapping'
import { reportUncarried } from '../reportUncarried'

export interface LabelStudioWriteOptions {
  /** Write spans as human `annotations` (default) or as `predictions` for pre-annotation. */
  readonly layer?: 'annotations' | 'predictions'
  /** `from_name` / `to_name` of the labeling config: `label` and `text` by default. */
  readonly fromName?: string
  readonly toName?: string
}

/**
 * Writes a Label Studio import file: one task per document, `data: {text, id}`, its
 * spans as one annotation (or prediction) of `labels` results, offsets in UTF-16 code
 * units, and its relations as `relation` results (`from_id` head, `to_id` tail,
 * direction `right`, the type as the one label). Label Studio holds overlaps; events
 * and span attributes are reported.
 */
export function writeLabelStudio(documents: readonly InterchangeDocument[], options: LabelStudioWriteOptions = {}): WriteResult {
  const layer = options.layer ?? 'annotations'
  const report: WriteResult['report'] = []
  const tasks = documents.map((document) => {
    report.push(...reportUncarried(document, 'Label Studio', { relations: true }))
    const resultIdOf = new Map<string, string>()
    const spans = [...document.spans].sort(compareSpans).map((span, index) => {
      const id = span.id ?? `s${index + 1}`
      if (span.id !== undefined) resultIdOf.set(span.id, id)
      return {
        id,
        from_name: options.fromName ?? 'label',
        to_name: options.toName ?? 'text',
        type: 'labels',
        value: { start: span.start, end: span.end, text: document.text.slice(span.start, span.end), labels: [span.label] }
      }
    })
    const relations = (document.relations ?? []).flatMap((relation) => {
      const fromId = resultIdOf.get(relation.head)
      const toId = resultIdOf.get(relation.tail)
      return fromId === undefined || toId === undefined ? [] : [{ from_id: fromId, to_id: toId, type: 'relation', direction: 'right', labels: [relation.type] }]
    })
    return { data: { text: document.text, id: document.id }, [layer]: [{ result: [...spans, ...relations] }] }
  })
  return { output: `${JSON.stringify(tasks, null, 2)}\n`, report }
}
