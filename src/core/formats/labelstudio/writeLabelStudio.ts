import type { InterchangeDocument, WriteResult } from '../interchange'
import { compareSpans } from '../nonOverlapping'

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
 * units. Label Studio holds overlaps, so nothing of the interchange shape is lost.
 */
export function writeLabelStudio(documents: readonly InterchangeDocument[], options: LabelStudioWriteOptions = {}): WriteResult {
  const layer = options.layer ?? 'annotations'
  const tasks = documents.map((document) => {
    const result = [...document.spans].sort(compareSpans).map((span, index) => ({
      id: span.id ?? `s${index + 1}`,
      from_name: options.fromName ?? 'label',
      to_name: options.toName ?? 'text',
      type: 'labels',
      value: { start: span.start, end: span.end, text: document.text.slice(span.start, span.end), labels: [span.label] }
    }))
    return { data: { text: document.text, id: document.id }, [layer]: [{ result }] }
  })
  return { output: `${JSON.stringify(tasks, null, 2)}\n`, report: [] }
}
