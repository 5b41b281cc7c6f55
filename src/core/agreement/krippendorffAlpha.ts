import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet } from './annotationSet'
import { collectBoundaryUnits } from './boundaryUnits'
import { estimated, undefinedBecause, type Estimate } from './estimate'

export type KrippendorffAlpha = Estimate & {
  readonly annotators: readonly string[]
  /** Boundaries with at least two values (pairable): the units α is computed on. */
  readonly n_used: number
  /** Distinct boundaries anyone marked, on the documents all annotated. */
  readonly n_total: number
  /** n: the number of pairable values. */
  readonly n_values: number
  /** D_o and D_e, or null when there is no pairable unit. */
  readonly observed_disagreement: number | null
  readonly expected_disagreement: number | null
}

/**
 * Krippendorff's α, nominal metric, on every distinct boundary anyone marked; an annotator
 * who did not mark a boundary gives no value there, and boundaries left with fewer than two
 * values are dropped. From the coincidence matrix o_ck = Σ_u (number of c–k pairs of
 * values of different annotators in u) / (m_u − 1), n_c = Σ_k o_ck, n = Σ_c n_c:
 * D_o = Σ_{c≠k} o_ck / n, D_e = Σ_{c≠k} n_c·n_k / (n(n − 1)), α = 1 − D_o / D_e.
 */
export function krippendorffAlpha(set: AnnotationSet, annotators: readonly string[]): KrippendorffAlpha {
  checkAnnotationSet(set)
  const base = { annotators: [...annotators] }
  const units = collectBoundaryUnits(set, annotators)
  const valueTotals = new Map<string, number>()
  let pairableUnits = 0
  let disagreeingCoincidences = 0
  for (const unit of units) {
    const values = unit.categories.filter((category): category is string => category !== null)
    if (values.length < 2) continue
    pairableUnits++
    const perCategory = new Map<string, number>()
    for (const value of values) {
      perCategory.set(value, (perCategory.get(value) ?? 0) + 1)
      valueTotals.set(value, (valueTotals.get(value) ?? 0) + 1)
    }
    let squares = 0
    for (const count of perCategory.values()) squares += count * count
    // Ordered pairs of different values in the unit, m_u² − Σ_c n_uc², each weighing 1/(m_u − 1).
    disagreeingCoincidences += (values.length * values.length - squares) / (values.length - 1)
  }
  let n = 0
  let squaredTotals = 0
  for (const total of valueTotals.values()) {
    n += total
    squaredTotals += total * total
  }
  const counts = { n_used: pairableUnits, n_total: units.length, n_values: n }
  if (pairableUnits === 0) {
    return { ...base, ...counts, observed_disagreement: null, expected_disagreement: null, ...undefinedBecause('no boundary was marked by two or more annotators') }
  }
  const observed = disagreeingCoincidences / n
  const expected = (n * n - squaredTotals) / (n * (n - 1))
  const disagreements = { observed_disagreement: observed, expected_disagreement: expected }
  if (expected === 0) {
    return { ...base, ...counts, ...disagreements, ...undefinedBecause('a single category was used: expected disagreement is 0') }
  }
  return { ...base, ...counts, ...disagreements, ...estimated(1 - observed / expected) }
}
