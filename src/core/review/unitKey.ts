import type { ReviewUnit } from './findDisagreements'

/**
 * A key naming a review unit by its versions' spans (annotator, boundary, label; `-` for an
 * absent annotator), annotators in name order. Units are recomputed from the annotators'
 * files on every load, so this is what ties a stored decision to its unit: it changes, and
 * the decision no longer applies, only when an annotator changes a span of the unit.
 * Offsets are UTF-16 code units.
 */
export function unitKey(unit: ReviewUnit): string {
  return [...unit.versions]
    .sort((a, b) => (a.annotator < b.annotator ? -1 : a.annotator > b.annotator ? 1 : 0))
    .map(({ annotator, span }) => (span ? `${annotator}=${span.start}-${span.end}:${span.label}` : `${annotator}=-`))
    .join(';')
}
