import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet } from './annotationSet'
import { collectBoundaryUnits } from './boundaryUnits'
import { estimated, undefinedBecause, type Estimate } from './estimate'

export type FleissKappa = Estimate & {
  readonly annotators: readonly string[]
  /** Boundaries every annotator marked: the subjects. */
  readonly n_used: number
  /** Distinct boundaries anyone marked, on the documents all annotated. */
  readonly n_total: number
  /** P̄ and P̄_e, or null when there is no unit. */
  readonly observed_agreement: number | null
  readonly expected_agreement: number | null
}

/**
 * Fleiss' κ (1971) over the boundaries every annotator marked, categories = labels.
 * With n raters, N subjects and n_ij raters putting subject i in category j:
 * P_i = (Σ_j n_ij² − n) / (n(n − 1)), P̄ = mean P_i, p_j = Σ_i n_ij / (Nn),
 * P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e).
 */
export function fleissKappa(set: AnnotationSet, annotators: readonly string[]): FleissKappa {
  checkAnnotationSet(set)
  const raters = annotators.length
  const base = { annotators: [...annotators] }
  if (raters < 2) {
    return { ...base, n_used: 0, n_total: 0, observed_agreement: null, expected_agreement: null, ...undefinedBecause('fewer than two annotators') }
  }
  const units = collectBoundaryUnits(set, annotators)
  const subjects = units.filter((unit) => unit.categories.every((category) => category !== null))
  const counts = { n_used: subjects.length, n_total: units.length }
  if (subjects.length === 0) {
    return { ...base, ...counts, observed_agreement: null, expected_agreement: null, ...undefinedBecause('no boundary marked by every annotator') }
  }
  const categoryTotals = new Map<string, number>()
  let agreementSum = 0
  for (const subject of subjects) {
    const perCategory = new Map<string, number>()
    for (const category of subject.categories as readonly string[]) {
      perCategory.set(category, (perCategory.get(category) ?? 0) + 1)
      categoryTotals.set(category, (categoryTotals.get(category) ?? 0) + 1)
    }
    let squares = 0
    for (const count of perCategory.values()) squares += count * count
    agreementSum += (squares - raters) / (raters * (raters - 1))
  }
  const observed = agreementSum / subjects.length
  let expected = 0
  for (const total of categoryTotals.values()) expected += (total / (subjects.length * raters)) ** 2
  const rates = { observed_agreement: observed, expected_agreement: expected }
  if (categoryTotals.size === 1) {
    return { ...base, ...counts, ...rates, ...undefinedBecause('a single category was used: expected agreement is 1') }
  }
  return { ...base, ...counts, ...rates, ...estimated((observed - expected) / (1 - expected)) }
}
