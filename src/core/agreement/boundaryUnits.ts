import type { AgreementSpan, AnnotationSet } from './annotationSet'
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

function labelsByBoundary(spans: readonly AgreementSpan[]): Map<string, Set<string>> {
  const byBoundary = new Map<string, Set<string>>()
  for (const span of spans) {
    const key = `${span.start}:${span.end}`
    const labels = byBoundary.get(key) ?? new Set<string>()
    labels.add(span.label)
    byBoundary.set(key, labels)
  }
  return byBoundary
}

/**
 * Every distinct boundary any of `annotators` marked, over the documents they all
 * annotated, sorted by document id, start, end.
 */
export function collectBoundaryUnits(set: AnnotationSet, annotators: readonly string[]): BoundaryUnit[] {
  const units: BoundaryUnit[] = []
  for (const documentId of sharedDocumentIds(set, annotators)) {
    const perAnnotator = annotators.map((annotator) => labelsByBoundary(set[annotator]?.[documentId] ?? []))
    const boundaries = new Map<string, { start: number; end: number }>()
    for (const byBoundary of perAnnotator) {
      for (const key of byBoundary.keys()) {
        const [start, end] = key.split(':').map(Number) as [number, number]
        boundaries.set(key, { start, end })
      }
    }
    const sorted = [...boundaries.entries()].sort(([, a], [, b]) => a.start - b.start || a.end - b.end)
    for (const [key, { start, end }] of sorted) {
      const categories = perAnnotator.map((byBoundary) => {
        const labels = byBoundary.get(key)
        return labels ? categoryOf(labels) : null
      })
      units.push({ documentId, start, end, categories })
    }
  }
  return units
}
