import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet, compareStrings } from './annotationSet'
import { estimated, undefinedBecause, type Estimate } from './estimate'
import { buildUnitizedContinuum, segmentsOf, type Segment } from './unitizedContinuum'

export type UnitizedLabelAlpha = Estimate & {
  /** Units of this label, all annotators together (after merging overlaps). */
  readonly units: number
  readonly observed_disagreement: number | null
  readonly expected_disagreement: number | null
}

export interface KrippendorffAlphaU {
  readonly annotators: readonly string[]
  /** Documents every annotator annotated, laid end to end in id order. */
  readonly documents: number
  /** L: the continuum's length in UTF-16 units. */
  readonly continuum_length: number
  /** Spans merged into an overlapping span of the same annotator and label. */
  readonly merged_spans: number
  readonly per_label: Readonly<Record<string, UnitizedLabelAlpha>>
}

/**
 * Krippendorff's distance between two segments of different annotators (1995; 2004 p. 252):
 * two overlapping units differ by (Δstart)² + (Δend)²; a unit lying wholly inside the
 * other annotator's gap costs its length squared; anything else costs nothing.
 */
function squaredDistance(g: Segment, h: Segment): number {
  if (g.isUnit && h.isUnit) {
    const overlaps = g.start < h.end && h.start < g.end
    return overlaps ? (g.start - h.start) ** 2 + (g.end - h.end) ** 2 : 0
  }
  if (g.isUnit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2
  if (h.isUnit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2
  return 0
}

/** Σ δ² over the overlapping segment pairs of two partitions of the same continuum. */
function pairDisagreement(first: readonly Segment[], second: readonly Segment[]): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < first.length && j < second.length) {
    const g = first[i]!
    const h = second[j]!
    sum += squaredDistance(g, h)
    if (g.end <= h.end) i++
    if (h.end <= g.end) j++
  }
  return sum
}

/** Σ over gaps of length ≥ l of (gap − l + 1): the placements of a unit of length l inside a gap. */
function createGapPlacements(gapLengths: number[]): (l: number) => number {
  const sorted = [...gapLengths].sort((a, b) => a - b)
  const suffixSums = new Array<number>(sorted.length + 1).fill(0)
  for (let k = sorted.length - 1; k >= 0; k--) suffixSums[k] = suffixSums[k + 1]! + sorted[k]!
  return (l) => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (sorted[middle]! < l) low = middle + 1
      else high = middle
    }
    return suffixSums[low]! - (l - 1) * (sorted.length - low)
  }
}

function alphaForLabel(perAnnotator: readonly (readonly Segment[])[], length: number): UnitizedLabelAlpha {
  const m = perAnnotator.length
  const segments = perAnnotator.map((units) => segmentsOf(units, length))
  const units = perAnnotator.flat()
  const unitLengths = units.map((unit) => unit.end - unit.start)
  const base = { units: units.length }
  if (units.length === 0) {
    return { ...base, observed_disagreement: null, expected_disagreement: null, ...undefinedBecause('no span of this label') }
  }
  let observedSum = 0
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) observedSum += pairDisagreement(segments[i]!, segments[j]!)
  }
  // Both orders (i, j) and (j, i) of Krippendorff's sum.
  const observed = (2 * observedSum) / (m * (m - 1) * length * length)

  const gapPlacements = createGapPlacements(segments.flat().filter((segment) => !segment.isUnit).map((gap) => gap.end - gap.start))
  const nc = units.length
  let numerator = 0
  let withinUnitPairs = 0
  for (const l of unitLengths) {
    numerator += ((nc - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * gapPlacements(l)
    withinUnitPairs += l * (l - 1)
  }
  const denominator = m * length * (m * length - 1) - withinUnitPairs
  const expected = denominator > 0 ? ((2 / length) * numerator) / denominator : 0
  const disagreements = { observed_disagreement: observed, expected_disagreement: expected }
  if (expected === 0) {
    return { ...base, ...disagreements, ...undefinedBecause('expected disagreement is 0') }
  }
  return { ...base, ...disagreements, ...estimated(1 - observed / expected) }
}

/**
 * Krippendorff's unitizing α_u (1995; Content Analysis, 2nd ed. 2004, §12.4), one value per
 * label, on character positions (UTF-16 units). For label c, each annotator's spans of c are
 * units and the stretches between them gaps; with m annotators and continuum length L:
 *
 *   D_o = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(g_i, h_j) / (m(m − 1) L²)
 *   D_e = (2/L) Σ_units [ (N_c − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps ≥ l} (gap − l + 1) ]
 *         / [ mL(mL − 1) − Σ_units l(l − 1) ]
 *   α_u = 1 − D_o / D_e
 *
 * N_c is the number of units of c of all annotators, sums over units and gaps run over all
 * annotators. `documentLengths` gives each document's text length in UTF-16 units.
 */
export function krippendorffAlphaU(
  set: AnnotationSet,
  annotators: readonly string[],
  documentLengths: Readonly<Record<string, number>>
): KrippendorffAlphaU {
  checkAnnotationSet(set)
  const continuum = buildUnitizedContinuum(set, annotators, documentLengths)
  const labels = [...continuum.unitsByLabel.keys()].sort(compareStrings)
  const perLabel = labels.map((label): [string, UnitizedLabelAlpha] => {
    if (annotators.length < 2) {
      return [label, { units: 0, observed_disagreement: null, expected_disagreement: null, ...undefinedBecause('fewer than two annotators') }]
    }
    return [label, alphaForLabel(continuum.unitsByLabel.get(label)!, continuum.length)]
  })
  return {
    annotators: [...annotators],
    documents: continuum.documents.length,
    continuum_length: continuum.length,
    merged_spans: continuum.mergedSpans,
    per_label: Object.fromEntries(perLabel)
  }
}
