import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet } from './annotationSet'
import { collectBoundaryUnits } from './boundaryUnits'
import { estimated, undefinedBecause, type Estimate } from './estimate'

export type CohenKappa = Estimate & {
  readonly first: string
  readonly second: string
  /** Boundaries both annotators marked: the units κ is computed on. */
  readonly n_used: number
  /** Distinct boundaries either annotator marked, on the documents both annotated. */
  readonly n_total: number
  /** p_o and p_e, or null when there is no unit. */
  readonly observed_agreement: number | null
  readonly expected_agreement: number | null
}

/**
 * Cohen's κ between two annotators on the boundaries both marked exactly, the category
 * being the label (several labels on one boundary form one category, see boundaryUnits):
 * κ = (p_o − p_e) / (1 − p_e), p_o the share of units with the same category,
 * p_e = Σ_k p_first(k) · p_second(k) from each annotator's own category distribution.
 * Symmetric in the two annotators.
 */
export function cohenKappa(set: AnnotationSet, first: string, second: string): CohenKappa {
  checkAnnotationSet(set)
  const units = collectBoundaryUnits(set, [first, second])
  const paired = units.flatMap(({ categories: [a, b] }) => (a != null && b != null ? [[a, b] as const] : []))
  const counts = { n_used: paired.length, n_total: units.length }
  if (paired.length === 0) {
    return { first, second, ...counts, observed_agreement: null, expected_agreement: null, ...undefinedBecause('no boundary marked by both annotators') }
  }
  const firstCounts = new Map<string, number>()
  const secondCounts = new Map<string, number>()
  let agreed = 0
  for (const [a, b] of paired) {
    if (a === b) agreed++
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1)
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1)
  }
  const n = paired.length
  const observed = agreed / n
  let expected = 0
  for (const [category, count] of firstCounts) expected += (count / n) * ((secondCounts.get(category) ?? 0) / n)
  const rates = { observed_agreement: observed, expected_agreement: expected }
  // p_e = 1 only when both annotators used one and the same category for every unit.
  if (firstCounts.size === 1 && secondCounts.size === 1 && expected === 1) {
    return { first, second, ...counts, ...rates, ...undefinedBecause('both annotators used a single, identical category: expected agreement is 1') }
  }
  return { first, second, ...counts, ...rates, ...estimated((observed - expected) / (1 - expected)) }
}
