import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet, compareStrings } from './annotationSet'
import { collectBoundaryUnits } from './boundaryUnits'

/**
 * Label of one annotator against label of another on the same boundaries: the contingency
 * table Cohen's κ is computed from, plus the boundaries only one of them marked.
 */
export interface LabelConfusion {
  /** [first, second]: rows are the first's categories, columns the second's. */
  readonly annotators: readonly [string, string]
  /** Every category either gave on a shared document, sorted (code unit order). */
  readonly labels: readonly string[]
  /** counts[i][j]: boundaries both marked, the first with labels[i] and the second with labels[j]. */
  readonly counts: readonly (readonly number[])[]
  /** only_first[i]: boundaries the first marked with labels[i] and the second did not mark at all. */
  readonly only_first: readonly number[]
  /** only_second[j]: boundaries the second marked with labels[j] and the first did not mark. */
  readonly only_second: readonly number[]
  /** Boundaries both marked (the sum of `counts`), as Cohen's κ's n_used. */
  readonly n_used: number
}

/**
 * The label confusion of two annotators over the documents both annotated. Units and
 * categories are those of docs/agreement.md: exact boundaries, several labels on one
 * boundary forming one category (`LOC+ORG`).
 */
export function labelConfusion(set: AnnotationSet, first: string, second: string): LabelConfusion {
  checkAnnotationSet(set)
  const units = collectBoundaryUnits(set, [first, second])
  const labels = [...new Set(units.flatMap(({ categories }) => categories.filter((category): category is string => category !== null)))].sort(compareStrings)
  const index = new Map(labels.map((label, position) => [label, position]))
  const counts = labels.map(() => labels.map(() => 0))
  const onlyFirst = labels.map(() => 0)
  const onlySecond = labels.map(() => 0)
  let used = 0
  for (const { categories: [a, b] } of units) {
    if (a != null && b != null) {
      counts[index.get(a)!]![index.get(b)!]!++
      used++
    } else if (a != null) onlyFirst[index.get(a)!]!++
    else if (b != null) onlySecond[index.get(b)!]!++
  }
  return { annotators: [first, second], labels, counts, only_first: onlyFirst, only_second: onlySecond, n_used: used }
}
