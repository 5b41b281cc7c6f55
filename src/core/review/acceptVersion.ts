import { insertSpan, nextSpanId, runSteps, type DocumentOperationResult } from '../annotations'
import { GOLD_ANNOTATOR, type DocumentAnnotations, type Span } from '../model'
import type { ReviewUnit } from './findDisagreements'

function sameSpan(a: Pick<Span, 'start' | 'end' | 'label'>, b: Pick<Span, 'start' | 'end' | 'label'>): boolean {
  return a.start === b.start && a.end === b.end && a.label === b.label
}

function checkGold(gold: DocumentAnnotations): void {
  if (gold.annotator !== GOLD_ANNOTATOR) throw new RangeError(`review decisions go to the "${GOLD_ANNOTATOR}" layer, not to annotator "${gold.annotator}"`)
}

/** The step that copies `chosen` into gold as a new span, recording who had exactly it. */
function acceptStep(unit: ReviewUnit, chosen: Span, adjudicator: string, now: string) {
  return (current: DocumentAnnotations) => {
    const agreedBy = unit.versions.filter(({ span }) => span !== null && sameSpan(span, chosen)).map(({ annotator }) => annotator)
    // Arguments refer to span ids of the annotator's own document, so they are not copied.
    const span: Span = {
      id: nextSpanId(current),
      start: chosen.start,
      end: chosen.end,
      label: chosen.label,
      annotator: GOLD_ANNOTATOR,
      created: now,
      updated: now,
      ...(chosen.attributes && Object.keys(chosen.attributes).length > 0 ? { attributes: { ...chosen.attributes } } : {}),
      provenance: { agreedBy, adjudicator, decidedAt: now, decision: 'accepted' }
    }
    return insertSpan(current, span)
  }
}

/**
 * Puts `annotator`'s version of `unit` into the gold layer as a new span (fresh `T<n>`
 * id, attributes kept, event arguments not copied) with provenance: the annotators whose
 * version has the same boundary and label, the adjudicator, `now` (ISO 8601) and
 * decision `accepted`. Accepting two versions of a unit is two calls. RangeError when the
 * annotator has no version in the unit or gold already has that boundary and label.
 * The inverse removes the span again (undo).
 */
export function acceptVersion(gold: DocumentAnnotations, unit: ReviewUnit, annotator: string, adjudicator: string, now: string): DocumentOperationResult {
  checkGold(gold)
  const version = unit.versions.find((candidate) => candidate.annotator === annotator)
  if (!version) throw new RangeError(`annotator "${annotator}" is not part of the unit at ${unit.start}-${unit.end}`)
  const chosen = version.span
  if (!chosen) throw new RangeError(`annotator "${annotator}" marked nothing in the unit at ${unit.start}-${unit.end}`)
  if (gold.spans.some((span) => sameSpan(span, chosen))) {
    throw new RangeError(`gold already has ${chosen.label} ${chosen.start}-${chosen.end} in document "${gold.documentId}"`)
  }
  return runSteps(gold, [acceptStep(unit, chosen, adjudicator, now)])
}

/**
 * Accepts every `agreed` unit into gold in one undoable batch, with all its annotators in
 * `agreedBy`. Units whose span gold already has are skipped, so running it twice adds nothing.
 */
export function acceptAllAgreed(gold: DocumentAnnotations, units: readonly ReviewUnit[], adjudicator: string, now: string): DocumentOperationResult {
  checkGold(gold)
  const steps = units.flatMap((unit) => {
    const chosen = unit.versions[0]?.span
    if (unit.group !== 'agreed' || !chosen || gold.spans.some((span) => sameSpan(span, chosen))) return []
    return [acceptStep(unit, chosen, adjudicator, now)]
  })
  return runSteps(gold, steps)
}
