import { findSpanProblem } from '../annotations'
import type { DocumentAnnotations, Span } from '../model'
import type { Schema } from '../schema'
import type { TextRange } from './searchOptions'

/** Why an occurrence is left alone by annotate-all. */
export type AnnotateAllSkip =
  | { readonly code: 'already-labelled'; readonly spanId: string }
  | { readonly code: 'other-label'; readonly spanId: string; readonly label: string }
  | { readonly code: 'crosses-span'; readonly spanId: string; readonly label: string }
  | { readonly code: 'crosses-occurrence' }
  | { readonly code: 'invalid'; readonly reason: string }

export type AnnotateAllVerdict = ({ readonly add: true } | { readonly add: false; readonly skip: AnnotateAllSkip }) & TextRange

/** The skip reason in words, for previews and reports. */
export function describeSkip(skip: AnnotateAllSkip): string {
  switch (skip.code) {
    case 'already-labelled':
      return `already labelled (${skip.spanId})`
    case 'other-label':
      return `already a ${skip.label} span here (${skip.spanId})`
    case 'crosses-span':
      return `would cross ${skip.label} span ${skip.spanId}`
    case 'crosses-occurrence':
      return 'overlaps an occurrence listed before it'
    case 'invalid':
      return skip.reason
  }
}

/** Partial overlap: they share text but neither contains the other (nesting is allowed). */
function crosses(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end && !(a.start <= b.start && b.end <= a.end) && !(b.start <= a.start && a.end <= b.end)
}

/**
 * Decides, for each range, whether annotate-all may label it `label` in this document: not
 * when a span already has exactly these bounds (with this label or another), when it would
 * cross an existing span or an earlier range, or when the span would be invalid. Nested
 * spans (inside or around an existing one) are fine. Ranges are UTF-16, end-exclusive.
 */
export function planAnnotateAll(
  text: string,
  annotations: DocumentAnnotations,
  schema: Schema,
  label: string,
  ranges: readonly TextRange[]
): AnnotateAllVerdict[] {
  const spans = [...annotations.spans].sort((a, b) => a.start - b.start)
  const accepted: TextRange[] = []
  return ranges.map((range): AnnotateAllVerdict => {
    const bounds = { start: range.start, end: range.end }
    const skip = (reason: AnnotateAllSkip): AnnotateAllVerdict => ({ ...bounds, add: false, skip: reason })
    const problem = findSpanProblem(text, { ...bounds, label }, schema)
    if (problem) return skip({ code: 'invalid', reason: problem })
    const same = spans.filter((span) => span.start === range.start && span.end === range.end)
    const labelled = same.find((span) => span.label === label)
    if (labelled) return skip({ code: 'already-labelled', spanId: labelled.id })
    const other = same[0]
    if (other) return skip({ code: 'other-label', spanId: other.id, label: other.label })
    const crossed: Span | undefined = spans.find((span) => span.start < range.end && crosses(span, range))
    if (crossed) return skip({ code: 'crosses-span', spanId: crossed.id, label: crossed.label })
    if (accepted.some((taken) => taken.start < range.end && range.start < taken.end)) return skip({ code: 'crosses-occurrence' })
    accepted.push(bounds)
    return { ...bounds, add: true }
  })
}
