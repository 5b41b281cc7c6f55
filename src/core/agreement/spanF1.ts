import type { AgreementSpan, AnnotationSet } from './annotationSet'
import { checkAnnotationSet, compareStrings, sharedDocumentIds } from './annotationSet'
import { matchOverlappingSpans } from './matchOverlappingSpans'
import { scoreCounts, type PrecisionRecallF1 } from './prf'

/**
 * `strict`: a span matches a span of the other annotator with the same start, end and label.
 * `overlap`: it matches one with the same label sharing at least one character, one-to-one,
 * largest overlap first (see `matchOverlappingSpans` for the tie rule).
 */
export type SpanMatchMode = 'strict' | 'overlap'

export interface SpanF1 {
  readonly mode: SpanMatchMode
  /** The annotator treated as the reference: fn are its unmatched spans, fp the other's. */
  readonly reference: string
  readonly other: string
  /** Number of documents both annotated, over which the counts are summed (micro average). */
  readonly documents: number
  readonly overall: PrecisionRecallF1
  /** Per label, sorted by label; a label either annotator used on a shared document appears. */
  readonly per_label: Readonly<Record<string, PrecisionRecallF1>>
}

interface Counts {
  tp: number
  fp: number
  fn: number
}

function groupByLabel(spans: readonly AgreementSpan[]): Map<string, AgreementSpan[]> {
  const groups = new Map<string, AgreementSpan[]>()
  for (const span of spans) {
    const group = groups.get(span.label) ?? []
    group.push(span)
    groups.set(span.label, group)
  }
  return groups
}

/** Matches counted as a multiset: two identical spans on one side match two on the other, not one. */
function countStrictMatches(reference: readonly AgreementSpan[], other: readonly AgreementSpan[]): number {
  const remaining = new Map<string, number>()
  for (const span of reference) {
    const key = `${span.start}:${span.end}`
    remaining.set(key, (remaining.get(key) ?? 0) + 1)
  }
  let matched = 0
  for (const span of other) {
    const key = `${span.start}:${span.end}`
    const left = remaining.get(key) ?? 0
    if (left > 0) {
      matched++
      remaining.set(key, left - 1)
    }
  }
  return matched
}

/**
 * Span F1 between two annotators, micro-averaged over the documents both annotated:
 * tp, fp and fn are summed over documents, then precision = tp/(tp+fp),
 * recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn). `reference` plays the gold: swapping the
 * two swaps fp with fn and precision with recall, and leaves F1 unchanged.
 */
export function spanF1(set: AnnotationSet, reference: string, other: string, mode: SpanMatchMode): SpanF1 {
  checkAnnotationSet(set)
  const documentIds = sharedDocumentIds(set, [reference, other])
  const perLabel = new Map<string, Counts>()
  for (const documentId of documentIds) {
    const referenceByLabel = groupByLabel(set[reference]?.[documentId] ?? [])
    const otherByLabel = groupByLabel(set[other]?.[documentId] ?? [])
    for (const label of new Set([...referenceByLabel.keys(), ...otherByLabel.keys()])) {
      const referenceSpans = referenceByLabel.get(label) ?? []
      const otherSpans = otherByLabel.get(label) ?? []
      const matched =
        mode === 'strict' ? countStrictMatches(referenceSpans, otherSpans) : matchOverlappingSpans(referenceSpans, otherSpans).length
      const counts = perLabel.get(label) ?? { tp: 0, fp: 0, fn: 0 }
      counts.tp += matched
      counts.fp += otherSpans.length - matched
      counts.fn += referenceSpans.length - matched
      perLabel.set(label, counts)
    }
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 }
  const labels = [...perLabel.keys()].sort(compareStrings)
  for (const label of labels) {
    const counts = perLabel.get(label)!
    total.tp += counts.tp
    total.fp += counts.fp
    total.fn += counts.fn
  }
  // fromEntries defines own properties, so no label (not even "__proto__") can touch the prototype.
  const per_label = Object.fromEntries(
    labels.map((label) => {
      const { tp, fp, fn } = perLabel.get(label)!
      return [label, scoreCounts(tp, fp, fn)]
    })
  )
  return {
    mode,
    reference,
    other,
    documents: documentIds.length,
    overall: scoreCounts(total.tp, total.fp, total.fn),
    per_label
  }
}
