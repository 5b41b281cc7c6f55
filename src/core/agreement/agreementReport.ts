import { createEventScorer, type EventScores, type ScoredEvent } from '../evaluation/events'
import type { AnnotationSet } from './annotationSet'
import { checkAnnotationSet, compareStrings, sharedDocumentIds } from './annotationSet'
import { cohenKappa, type CohenKappa } from './cohenKappa'
import { undefinedBecause } from './estimate'
import { fleissKappa, type FleissKappa } from './fleissKappa'
import { krippendorffAlpha, type KrippendorffAlpha } from './krippendorffAlpha'
import { krippendorffAlphaU, type UnitizedLabelAlpha } from './krippendorffAlphaU'
import { scoreCounts, type PrecisionRecallF1 } from './prf'
import { spanF1, type SpanF1 } from './spanF1'

export type SpanF1Summary = PrecisionRecallF1 & { readonly per_label: SpanF1['per_label'] }

export interface PairwiseAgreement {
  /** [reference, other]: the first plays the gold in precision and recall. */
  readonly annotators: readonly [string, string]
  readonly documents: number
  readonly strict: SpanF1Summary
  readonly overlap: SpanF1Summary
  readonly cohen_kappa: Omit<CohenKappa, 'first' | 'second'>
}

export interface LabelAgreement {
  /** tp, fp and fn summed over every pair of annotators (micro), then scored. */
  readonly strict: PrecisionRecallF1
  readonly overlap: PrecisionRecallF1
  readonly alpha_u: UnitizedLabelAlpha
}

/** The event measures of docs/formats.md between two annotators, the first as reference (F1 is symmetric). */
export type PairwiseEventAgreement = { readonly annotators: readonly [string, string] } & EventScores

/**
 * Each annotator's events by document (UTF-16 offsets), beside the AnnotationSet of their
 * spans. A document the span set has for an annotator but this set lacks has no event.
 */
export type EventSet = Readonly<Record<string, Readonly<Record<string, readonly ScoredEvent[]>>>>

/** Everything `goldspan agreement` reports; field names are the JSON it prints. */
export interface AgreementReport {
  readonly annotators: readonly string[]
  /** Documents annotated by every annotator (pairs may share more). */
  readonly documents_shared_by_all: number
  readonly offset_unit: 'utf16'
  readonly pairwise: readonly PairwiseAgreement[]
  readonly fleiss_kappa: Omit<FleissKappa, 'annotators'>
  readonly krippendorff_alpha: Omit<KrippendorffAlpha, 'annotators'>
  readonly alpha_u: { readonly continuum_length: number; readonly merged_spans: number }
  readonly per_label: Readonly<Record<string, LabelAgreement>>
  /** Per pair, over the documents both annotated (as for span F1). */
  readonly events: { readonly pairwise: readonly PairwiseEventAgreement[] }
}

function summarize(result: SpanF1): SpanF1Summary {
  return { ...result.overall, per_label: result.per_label }
}

function sumCounts(results: readonly SpanF1[], label: string): PrecisionRecallF1 {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const result of results) {
    const counts = result.per_label[label]
    if (!counts) continue
    tp += counts.tp
    fp += counts.fp
    fn += counts.fn
  }
  return scoreCounts(tp, fp, fn)
}

function pairwiseEvents(set: AnnotationSet, events: EventSet, [reference, other]: [string, string]): PairwiseEventAgreement {
  const scorer = createEventScorer()
  for (const documentId of sharedDocumentIds(set, [reference, other])) {
    scorer.addDocument(events[reference]?.[documentId] ?? [], events[other]?.[documentId] ?? [])
  }
  return { annotators: [reference, other], ...scorer.result() }
}

/**
 * Runs every measure of docs/agreement.md on `annotators` (at least two): span F1, Cohen's
 * κ and the event measures for each pair (in the order given, the earlier one as
 * reference), Fleiss' κ, Krippendorff's α, and per label the F1 pooled over pairs and α_u.
 * `events` omitted means no annotator has any event.
 */
export function buildAgreementReport(
  set: AnnotationSet,
  annotators: readonly string[],
  documentLengths: Readonly<Record<string, number>>,
  events: EventSet = {}
): AgreementReport {
  if (annotators.length < 2) throw new RangeError(`agreement needs at least two annotators, got ${annotators.length}`)
  checkAnnotationSet(set)
  const pairs: [string, string][] = annotators.flatMap((first, index) => annotators.slice(index + 1).map((second): [string, string] => [first, second]))
  const strictResults = pairs.map(([a, b]) => spanF1(set, a, b, 'strict'))
  const overlapResults = pairs.map(([a, b]) => spanF1(set, a, b, 'overlap'))
  const pairwise = pairs.map(([a, b], index): PairwiseAgreement => {
    const { first: _first, second: _second, ...kappa } = cohenKappa(set, a, b)
    return {
      annotators: [a, b],
      documents: strictResults[index]!.documents,
      strict: summarize(strictResults[index]!),
      overlap: summarize(overlapResults[index]!),
      cohen_kappa: kappa
    }
  })
  const { annotators: _fleissAnnotators, ...fleiss } = fleissKappa(set, annotators)
  const { annotators: _alphaAnnotators, ...alpha } = krippendorffAlpha(set, annotators)
  const unitized = krippendorffAlphaU(set, annotators, documentLengths)
  const labels = new Set<string>(Object.keys(unitized.per_label))
  for (const result of strictResults) for (const label of Object.keys(result.per_label)) labels.add(label)
  const noUnits: UnitizedLabelAlpha = { units: 0, observed_disagreement: null, expected_disagreement: null, ...undefinedBecause('no span of this label on documents all annotated') }
  const per_label = Object.fromEntries(
    [...labels].sort(compareStrings).map((label): [string, LabelAgreement] => [
      label,
      { strict: sumCounts(strictResults, label), overlap: sumCounts(overlapResults, label), alpha_u: unitized.per_label[label] ?? noUnits }
    ])
  )
  return {
    annotators: [...annotators],
    documents_shared_by_all: sharedDocumentIds(set, annotators).length,
    offset_unit: 'utf16',
    pairwise,
    fleiss_kappa: fleiss,
    krippendorff_alpha: alpha,
    alpha_u: { continuum_length: unitized.continuum_length, merged_spans: unitized.merged_spans },
    per_label,
    events: { pairwise: pairs.map((pair) => pairwiseEvents(set, events, pair)) }
  }
}
