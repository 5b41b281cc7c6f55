import type { LabelConfusion, PrecisionRecallF1 } from '../../core/agreement'
import type { AgreementData } from '../../core/api/agreementResults'
import type { EventMeasure } from '../../core/evaluation/events'
import type { BarRow } from './BarFigure'
import { pairName } from './formatFigure'

/** Builds a BarRow from one value per series. */
function row(category: string, values: readonly (number | null)[]): BarRow {
  return Object.assign({ category }, ...values.map((value, index) => ({ [`s${index}`]: value }))) as BarRow
}

/** Span F1 per pair: strict and overlap. */
export function pairF1Rows(data: AgreementData): { rows: BarRow[]; series: string[] } {
  return {
    rows: data.report.pairwise.map((pair) => row(pairName(pair.annotators), [pair.strict.f1, pair.overlap.f1])),
    series: ['strict F1', 'overlap F1']
  }
}

/** Strict span F1 per label, one series per pair; a label a pair never used draws no bar. */
export function labelF1Rows(data: AgreementData): { rows: BarRow[]; series: string[] } {
  const labels = Object.keys(data.report.per_label)
  return {
    rows: labels.map((label) => row(label, data.report.pairwise.map((pair) => pair.strict.per_label[label]?.f1 ?? null))),
    series: data.report.pairwise.map((pair) => pairName(pair.annotators))
  }
}

/** Spans per label, one series per annotator. */
export function distributionRows(data: AgreementData): { rows: BarRow[]; series: string[] } {
  const { labels, annotators, counts } = data.distribution
  return {
    rows: labels.map((label) => row(label, annotators.map((annotator) => counts[annotator]?.[label] ?? 0))),
    series: [...annotators]
  }
}

export const EVENT_MEASURE_NAMES: ReadonlyArray<readonly [EventMeasure, string]> = [
  ['trigger_identification', 'trigger id.'],
  ['trigger_classification', 'trigger class.'],
  ['argument_identification', 'argument id.'],
  ['argument_classification', 'argument class.']
]

/** The four event F1 per pair. */
export function eventRows(data: AgreementData): { rows: BarRow[]; series: string[] } {
  const pairs = data.report.events.pairwise
  return {
    rows: EVENT_MEASURE_NAMES.map(([measure, name]) => row(name, pairs.map((pair) => (pair[measure] as PrecisionRecallF1).f1))),
    series: pairs.map((pair) => pairName(pair.annotators))
  }
}

/** The confusion matrix as stacked bars: per label of the first annotator, how the second labelled those boundaries. */
export function confusionRows(confusion: LabelConfusion): { rows: BarRow[]; series: string[] } {
  return {
    rows: confusion.labels.map((label, index) => row(label, [...confusion.counts[index]!, confusion.only_first[index]!])),
    series: [...confusion.labels, `not marked by ${confusion.annotators[1]}`]
  }
}
