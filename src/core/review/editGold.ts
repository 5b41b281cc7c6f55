import { insertSpan, nextSpanId, removeSpanWithLinks, runSteps } from '../annotations'
import { GOLD_ANNOTATOR, type DocumentAnnotations, type Span, type SpanProvenance } from '../model'
import type { Adjudication, EditedSpan } from './decideUnit'
import type { AnnotatorVersion } from './findDisagreements'
import { applyReviewChange, type ReviewChangeResult, type ReviewState } from './reviewChange'
import type { ReviewDecision } from './reviewDecision'

/**
 * The adjudicator's own changes to gold, outside the units: a span nobody proposed
 * (`added`), and removing or relabelling a gold span (`edited`). When the span came from a
 * unit's decision, that decision follows: `edited`, or `none` once it has no gold span left.
 */

function checkGold(gold: DocumentAnnotations): void {
  if (gold.annotator !== GOLD_ANNOTATOR) throw new RangeError(`gold edits go to the "${GOLD_ANNOTATOR}" layer, not to annotator "${gold.annotator}"`)
}

function findGoldSpan(gold: DocumentAnnotations, spanId: string): Span {
  const span = gold.spans.find((candidate) => candidate.id === spanId)
  if (!span) throw new RangeError(`no gold span "${spanId}" in document "${gold.documentId}"`)
  return span
}

/** The annotators whose spans have exactly this boundary and label. */
function agreedBy(versions: readonly AnnotatorVersion[], span: EditedSpan): string[] {
  return versions
    .filter(({ annotations }) => annotations.spans.some((other) => other.start === span.start && other.end === span.end && other.label === span.label))
    .map(({ annotator }) => annotator)
}

function decisionOf(state: ReviewState, spanId: string): ReviewDecision | undefined {
  return state.decisions.find((decision) => decision.goldSpanIds.includes(spanId))
}

/**
 * Adds a gold span the adjudicator marked (provenance decision `added`; `agreedBy` names any
 * annotator with exactly this span). RangeError for an empty range or a span gold already has.
 */
export function addGoldSpan(state: ReviewState, span: EditedSpan, versions: readonly AnnotatorVersion[], by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start) {
    throw new RangeError(`span ${span.start}-${span.end} is not a non-empty range`)
  }
  if (state.gold.spans.some((other) => other.start === span.start && other.end === span.end && other.label === span.label)) {
    throw new RangeError(`gold already has ${span.label} at ${span.start}-${span.end}`)
  }
  const provenance: SpanProvenance = { agreedBy: agreedBy(versions, span), adjudicator: by.adjudicator, decidedAt: by.now, decision: 'added' }
  const added: Span = { id: nextSpanId(state.gold), start: span.start, end: span.end, label: span.label, annotator: GOLD_ANNOTATOR, created: by.now, updated: by.now, provenance }
  return applyReviewChange(state, { gold: insertSpan(state.gold, added).operation, decisions: [] })
}

/** Removes a gold span with its arguments and relations; its unit's decision becomes `edited`, or `none` when it had no other span. */
export function removeGoldSpan(state: ReviewState, spanId: string, by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  findGoldSpan(state.gold, spanId)
  const gold = removeSpanWithLinks(state.gold, spanId, by.now)
  const previous = decisionOf(state, spanId)
  if (!previous) return applyReviewChange(state, { gold: gold.operation, decisions: [] })
  const goldSpanIds = previous.goldSpanIds.filter((id) => id !== spanId)
  const decision: ReviewDecision = {
    ...previous,
    outcome: goldSpanIds.length > 0 ? 'edited' : 'none',
    annotators: [],
    adjudicator: by.adjudicator,
    decidedAt: by.now,
    goldSpanIds
  }
  return applyReviewChange(state, { gold: gold.operation, decisions: [{ unitKey: previous.unitKey, decision }] })
}

/**
 * Gives a gold span another label, keeping its id and attributes; its arguments and relations
 * go (they were made for the old label; the links step proposes those that fit the new one).
 * Provenance: `edited`, or still `added` for a span the adjudicator added.
 */
export function relabelGoldSpan(state: ReviewState, spanId: string, label: string, versions: readonly AnnotatorVersion[], by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  const before = findGoldSpan(state.gold, spanId)
  if (before.label === label) throw new RangeError(`gold span ${spanId} is already ${label}`)
  if (state.gold.spans.some((other) => other.start === before.start && other.end === before.end && other.label === label)) {
    throw new RangeError(`gold already has ${label} at ${before.start}-${before.end}`)
  }
  const decision = before.provenance?.decision === 'added' ? 'added' : 'edited'
  const { arguments: _arguments, ...kept } = before
  const after: Span = {
    ...kept,
    label,
    updated: by.now,
    provenance: { agreedBy: agreedBy(versions, { start: before.start, end: before.end, label }), adjudicator: by.adjudicator, decidedAt: by.now, decision }
  }
  const gold = runSteps(state.gold, [(current) => removeSpanWithLinks(current, spanId, by.now), (current) => insertSpan(current, after)])
  const previous = decisionOf(state, spanId)
  const decisions = previous ? [{ unitKey: previous.unitKey, decision: { ...previous, outcome: 'edited' as const, annotators: [], adjudicator: by.adjudicator, decidedAt: by.now } }] : []
  return applyReviewChange(state, { gold: gold.operation, decisions })
}
