import { insertSpan, nextSpanId, removeSpanWithLinks, runSteps, setStatus, type DocumentOperation } from '../annotations'
import { GOLD_ANNOTATOR, type DocumentAnnotations, type DocumentStatus, type Span, type SpanProvenance } from '../model'
import type { ReviewUnit } from './findDisagreements'
import { applyReviewChange, type ReviewChangeResult, type ReviewState } from './reviewChange'
import type { ReviewDecision, ReviewOutcome } from './reviewDecision'
import { unitKey } from './unitKey'

/** Who decides and when (ISO 8601): every decision records both. */
export interface Adjudication {
  readonly adjudicator: string
  readonly now: string
}

/** A gold span as the adjudicator sets it in an `edit`. Offsets are UTF-16 code units, `end` exclusive. */
export interface EditedSpan {
  readonly start: number
  readonly end: number
  readonly label: string
}

interface GoldCandidate {
  readonly span: EditedSpan
  readonly attributes?: Readonly<Record<string, string>>
  readonly decision: SpanProvenance['decision']
}

type Step = (current: DocumentAnnotations) => { annotations: DocumentAnnotations; operation: DocumentOperation; inverse: DocumentOperation }

function sameSpan(a: EditedSpan, b: EditedSpan): boolean {
  return a.start === b.start && a.end === b.end && a.label === b.label
}

function checkGold(gold: DocumentAnnotations): void {
  if (gold.annotator !== GOLD_ANNOTATOR) throw new RangeError(`review decisions go to the "${GOLD_ANNOTATOR}" layer, not to annotator "${gold.annotator}"`)
}

/**
 * The steps and decision that resolve `unit` with `candidates` as its gold spans. A unit
 * decided before has the gold spans of its earlier decision removed first, so deciding
 * again replaces the decision. A candidate gold already has (same boundary and label) is
 * not added twice.
 */
function resolveSteps(state: ReviewState, unit: ReviewUnit, outcome: ReviewOutcome, annotators: readonly string[], candidates: readonly GoldCandidate[], by: Adjudication) {
  checkGold(state.gold)
  const key = unitKey(unit)
  const previous = state.decisions.find((decision) => decision.unitKey === key)
  const steps: Step[] = []
  // The links carried onto these spans go with them; the links step proposes them again.
  for (const id of previous?.goldSpanIds ?? []) {
    steps.push((current) => (current.spans.some((span) => span.id === id) ? removeSpanWithLinks(current, id, by.now) : { annotations: current, ...noop }))
  }
  const goldSpanIds: string[] = []
  for (const candidate of candidates) {
    steps.push((current) => {
      if (current.spans.some((span) => sameSpan(span, candidate.span))) return { annotations: current, ...noop }
      const agreedBy = unit.versions.filter(({ span }) => span !== null && sameSpan(span, candidate.span)).map(({ annotator }) => annotator)
      const span: Span = {
        id: nextSpanId(current),
        start: candidate.span.start,
        end: candidate.span.end,
        label: candidate.span.label,
        annotator: GOLD_ANNOTATOR,
        created: by.now,
        updated: by.now,
        ...(candidate.attributes && Object.keys(candidate.attributes).length > 0 ? { attributes: { ...candidate.attributes } } : {}),
        provenance: { agreedBy, adjudicator: by.adjudicator, decidedAt: by.now, decision: candidate.decision }
      }
      goldSpanIds.push(span.id)
      return insertSpan(current, span)
    })
  }
  const gold = runSteps(state.gold, steps)
  const decision: ReviewDecision = { unitKey: key, outcome, annotators: [...annotators], adjudicator: by.adjudicator, decidedAt: by.now, goldSpanIds }
  return { gold: gold.operation, decision }
}

// An empty batch: a step that changes nothing still needs a replayable form.
const noop = { operation: { kind: 'batch', operations: [] }, inverse: { kind: 'batch', operations: [] } } as const

function resolve(state: ReviewState, unit: ReviewUnit, outcome: ReviewOutcome, annotators: readonly string[], candidates: readonly GoldCandidate[], by: Adjudication): ReviewChangeResult {
  const { gold, decision } = resolveSteps(state, unit, outcome, annotators, candidates, by)
  return applyReviewChange(state, { gold, decisions: [{ unitKey: decision.unitKey, decision }] })
}

/**
 * Resolves `unit` with `annotator`'s version as its gold span (attributes kept, event
 * arguments not copied: they name spans of the annotator's own file). Provenance: the
 * annotators with exactly this boundary and label, the adjudicator, the time, `accepted`.
 * RangeError when the annotator marked nothing in the unit.
 */
export function acceptOne(state: ReviewState, unit: ReviewUnit, annotator: string, by: Adjudication): ReviewChangeResult {
  const version = unit.versions.find((candidate) => candidate.annotator === annotator)
  if (!version) throw new RangeError(`annotator "${annotator}" is not part of the unit at ${unit.start}-${unit.end}`)
  if (!version.span) throw new RangeError(`annotator "${annotator}" marked nothing in the unit at ${unit.start}-${unit.end}`)
  return resolve(state, unit, 'accepted', [annotator], [{ span: version.span, attributes: version.span.attributes, decision: 'accepted' }], by)
}

/** Resolves `unit` with every annotator's version as a gold span (identical versions once). */
export function acceptAll(state: ReviewState, unit: ReviewUnit, by: Adjudication): ReviewChangeResult {
  const present = unit.versions.filter((version) => version.span !== null)
  const candidates = present.map(({ span }) => ({ span: span as Span, attributes: span?.attributes, decision: 'accepted' as const }))
  return resolve(state, unit, 'accepted-all', present.map(({ annotator }) => annotator), candidates, by)
}

/** Resolves `unit` with no gold span: none of the versions is right. */
export function rejectUnit(state: ReviewState, unit: ReviewUnit, by: Adjudication): ReviewChangeResult {
  return resolve(state, unit, 'none', [], [], by)
}

/**
 * Resolves `unit` with a gold span the adjudicator set (boundary and label), decision
 * `edited`; `agreedBy` lists the annotators who had exactly that span, if any.
 * RangeError for an empty or reversed range; the text and schema are checked by the store.
 */
export function editUnit(state: ReviewState, unit: ReviewUnit, span: EditedSpan, by: Adjudication): ReviewChangeResult {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start) {
    throw new RangeError(`edited span ${span.start}-${span.end} is not a non-empty range`)
  }
  return resolve(state, unit, 'edited', [], [{ span, decision: 'edited' }], by)
}

/** Takes back the decision on `unit`: its gold spans are removed (with their links) and the unit is unresolved again. */
export function undecideUnit(state: ReviewState, unit: ReviewUnit, now = new Date().toISOString()): ReviewChangeResult {
  checkGold(state.gold)
  const key = unitKey(unit)
  const previous = state.decisions.find((decision) => decision.unitKey === key)
  const steps: Step[] = (previous?.goldSpanIds ?? []).map((id) => (current) =>
    current.spans.some((span) => span.id === id) ? removeSpanWithLinks(current, id, now) : { annotations: current, ...noop }
  )
  return applyReviewChange(state, { gold: runSteps(state.gold, steps).operation, decisions: [{ unitKey: key, decision: null }] })
}

/**
 * Accepts every `agreed` unit not decided yet, as one undoable step: each gets its common
 * span, with all its annotators in `agreedBy`. Running it twice adds nothing.
 */
export function acceptAgreedUnits(state: ReviewState, units: readonly ReviewUnit[], by: Adjudication): ReviewChangeResult {
  const decided = new Set(state.decisions.map((decision) => decision.unitKey))
  let current = state
  const golds: DocumentOperation[] = []
  const decisions: ReviewDecision[] = []
  for (const unit of units) {
    const span = unit.versions[0]?.span
    if (unit.group !== 'agreed' || !span || decided.has(unitKey(unit))) continue
    const step = resolveSteps(current, unit, 'accepted-all', unit.versions.map(({ annotator }) => annotator), [{ span, attributes: span.attributes, decision: 'accepted' }], by)
    current = applyReviewChange(current, { gold: step.gold, decisions: [{ unitKey: step.decision.unitKey, decision: step.decision }] }).state
    golds.push(step.gold)
    decisions.push(step.decision)
  }
  return applyReviewChange(state, { gold: { kind: 'batch', operations: golds }, decisions: decisions.map((decision) => ({ unitKey: decision.unitKey, decision })) })
}

/** Sets the gold layer's status; `done` marks the document adjudicated, which is what `export --gold` takes. */
export function setGoldStatus(state: ReviewState, status: DocumentStatus): ReviewChangeResult {
  checkGold(state.gold)
  return applyReviewChange(state, { gold: setStatus(state.gold, status).operation, decisions: [] })
}
