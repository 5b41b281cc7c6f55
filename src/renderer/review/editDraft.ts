import type { EditedSpan, ReviewUnit } from '../../core/review'

/**
 * The gold span being edited for a unit, before it is committed. Offsets are UTF-16 code
 * units, `end` exclusive; every change keeps `start < end` and both inside the text.
 */
export type EditDraft = EditedSpan

/** Starts from the first version present (the unit's own range when none has a span). */
export function draftFor(unit: ReviewUnit): EditDraft {
  const first = unit.versions.find((version) => version.span !== null)?.span
  return first ? { start: first.start, end: first.end, label: first.label } : { start: unit.start, end: unit.end, label: '' }
}

/** Moves one end by `delta` code units; refused (unchanged) when the span would be empty or leave the text. */
export function moveDraftEdge(draft: EditDraft, edge: 'start' | 'end', delta: number, textLength: number): EditDraft {
  const start = edge === 'start' ? draft.start + delta : draft.start
  const end = edge === 'end' ? draft.end + delta : draft.end
  return start >= 0 && end <= textLength && start < end ? { ...draft, start, end } : draft
}

/** Takes the start or the end from annotator `index`'s version (refused when absent or the span would be empty). */
export function takeDraftEdge(draft: EditDraft, unit: ReviewUnit, index: number, edge: 'start' | 'end'): EditDraft {
  const span = unit.versions[index]?.span
  if (!span) return draft
  const next = edge === 'start' ? { ...draft, start: span.start } : { ...draft, end: span.end }
  return next.start < next.end ? next : draft
}

/** The label `step` places after (or before) the current one in `labels`, wrapping around. */
export function cycleDraftLabel(draft: EditDraft, labels: readonly string[], step: 1 | -1): EditDraft {
  if (labels.length === 0) return draft
  const index = labels.indexOf(draft.label)
  const next = index < 0 ? (step > 0 ? 0 : labels.length - 1) : (index + step + labels.length) % labels.length
  return { ...draft, label: labels[next] as string }
}
