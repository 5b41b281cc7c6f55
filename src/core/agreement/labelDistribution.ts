import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet, compareStrings, sharedDocumentIds } from './annotationSet'

/** How many spans each annotator gave each label, on the same documents for all of them. */
export interface LabelDistribution {
  readonly annotators: readonly string[]
  /** Every label any of them used there, sorted (code unit order). */
  readonly labels: readonly string[]
  /** counts[annotator][label]; 0 where the annotator did not use the label. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>
  readonly documents: number
}

/**
 * Spans per label and annotator over the documents every one of `annotators` annotated,
 * so that the counts compare (an annotator with more documents would otherwise look busier).
 */
export function labelDistribution(set: AnnotationSet, annotators: readonly string[]): LabelDistribution {
  checkAnnotationSet(set)
  const documentIds = sharedDocumentIds(set, annotators)
  const perAnnotator = annotators.map((annotator) => {
    const byLabel = new Map<string, number>()
    for (const documentId of documentIds) {
      for (const span of set[annotator]?.[documentId] ?? []) byLabel.set(span.label, (byLabel.get(span.label) ?? 0) + 1)
    }
    return byLabel
  })
  const labels = [...new Set(perAnnotator.flatMap((byLabel) => [...byLabel.keys()]))].sort(compareStrings)
  const counts = Object.fromEntries(
    annotators.map((annotator, position) => [annotator, Object.fromEntries(labels.map((label) => [label, perAnnotator[position]!.get(label) ?? 0]))])
  )
  return { annotators: [...annotators], labels, counts, documents: documentIds.length }
}
