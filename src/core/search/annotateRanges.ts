import { addSpan, runSteps, setStatus, type DocumentOperationResult } from '../annotations'
import type { DocumentAnnotations } from '../model'
import type { TextRange } from './searchOptions'

/**
 * Labels every range `label` as ONE batch operation (one undo step), each span with a fresh
 * `T<n>` id, created at `now`; a `todo` document becomes `in_progress`, as with a single
 * label. The ranges must have passed `planAnnotateAll`.
 */
export function annotateRanges(annotations: DocumentAnnotations, ranges: readonly TextRange[], label: string, now: string): DocumentOperationResult {
  type Step = Parameters<typeof runSteps>[1][number]
  const steps: Step[] = ranges.map((range) => (current) => addSpan(current, { start: range.start, end: range.end, label }, now))
  if (ranges.length > 0 && annotations.status === 'todo') steps.push((current) => setStatus(current, 'in_progress'))
  return runSteps(annotations, steps)
}
