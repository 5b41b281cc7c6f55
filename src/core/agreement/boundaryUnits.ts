import type { AnnotationSet } from './annotationSet'
import { compareStrings, sharedDocumentIds } from './annotationSet'

/**
 * A boundary (document, start, end) marked by at least one annotator: the unit of the
 * coding measures (Cohen's κ, Fleiss' κ, Krippendorff's α).
 */
export interface BoundaryUnit {
  readonly documentId: string
  readonly start: number
  readonly end: number
  /** One entry per annotator, in the order asked for: their category, or null when they did not mark it. */
  readonly categories: readonly (string | null)[]
}

/** Joins the labels of one annotator's spans sharing a boundary; schema labels cannot contain it. */
export const CATEGORY_SEPARATOR = '+'

/**
 * The category an annotator gave a boundary: its label, or, when they put several spans
 * with different labels on the same boundary, the distinct labels sorted and joined with
 * `+` (`LOC+ORG`), a category of its own. Duplicate spans count once.
 */
function categoryOf(labels: ReadonlySet<string>): string {
  return [...labels].sort(compareStrings).join(CATEGORY_SEPARATOR)
}

/**
 * Every distinct boundary any of `annotators` marked, over the documents they all
 * annotated, sorted by document id, start, end.
 */
export function collectBoundaryUnits(set: AnnotationSet, annotators: readonly string[]): BoundaryUnit[] {
  const units: BoundaryUnit[] = []
  for (const documentId of sharedDocumentIds(set, annotators)) {
    // One sorted pass instead of a map per annotator: marks with equal (start, end) end up adjacent.
    const marks = annotators.flatMap((annotator, annotatorIndex) =>
      (set[annotator]?.[documentId] ?? []).map((span) => ({ start: span.start, end: span.end, annotatorIndex, label: span.label }))
    )
    marks.sort((a, b) => a.start - b.start || a.end - b.end || a.annotatorIndex - b.annotatorIndex)
    let first = 0
    while (first < marks.length) {
      const { start, end } = marks[first]!
      const labels = annotators.map(() => new Set<string>())
      let next = first
      while (next < marks.length && marks[next]!.start === start && marks[next]!.end === end) {
        labels[marks[next]!.annotatorIndex]!.add(marks[next]!.label)
        next++
      }
      units.push({ documentId, start, end, categories: labels.map((given) => (given.size > 0 ? categoryOf(given) : null)) })
      first = next
    }
  }
  return units
}
