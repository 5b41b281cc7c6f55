import type { AgreementReport } from './agreementReport'
import type { PrecisionRecallF1 } from './prf'

function formatNumber(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4)
}

function formatScores(scores: PrecisionRecallF1): string {
  return `${formatNumber(scores.precision)} ${formatNumber(scores.recall)} ${formatNumber(scores.f1)}`
}

/** Columns padded to their widest cell; the first left-aligned, the others right-aligned. */
function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd())
}

/** The readable form of `goldspan agreement`: pairwise table, multi-annotator coefficients, per-label table. */
export function formatAgreementReport(report: AgreementReport): string {
  const notes: string[] = []
  const withReason = (estimate: { value: number | null; reason: string | null }, where: string): string => {
    if (estimate.value !== null) return formatNumber(estimate.value)
    notes.push(`${where}: ${estimate.reason}`)
    return `n/a[${notes.length}]`
  }
  const lines = [
    `Agreement of ${report.annotators.join(', ')} (${report.documents_shared_by_all} document(s) annotated by all; offsets in UTF-16 units)`,
    '',
    ...formatTable([
      ['pair (reference / other)', 'docs', 'strict P R F1', 'overlap P R F1', "Cohen's κ", 'units used/total'],
      ...report.pairwise.map((pair) => [
        pair.annotators.join(' / '),
        String(pair.documents),
        formatScores(pair.strict),
        formatScores(pair.overlap),
        withReason(pair.cohen_kappa, `Cohen's κ ${pair.annotators.join(' / ')}`),
        `${pair.cohen_kappa.n_used}/${pair.cohen_kappa.n_total}`
      ])
    ]),
    '',
    `Fleiss' κ:                  ${withReason(report.fleiss_kappa, "Fleiss' κ")}  (${report.fleiss_kappa.n_used} of ${report.fleiss_kappa.n_total} boundaries marked by all)`,
    `Krippendorff's α (nominal): ${withReason(report.krippendorff_alpha, "Krippendorff's α")}  (${report.krippendorff_alpha.n_used} of ${report.krippendorff_alpha.n_total} boundaries marked by two or more)`,
    '',
    ...formatTable([
      ['label', 'strict F1', 'overlap F1', 'α_u', 'units'],
      ...Object.entries(report.per_label).map(([label, agreement]) => [
        label,
        formatNumber(agreement.strict.f1),
        formatNumber(agreement.overlap.f1),
        withReason(agreement.alpha_u, `α_u ${label}`),
        String(agreement.alpha_u.units)
      ])
    ]),
    '',
    'Per-label F1 pools tp, fp and fn over all pairs.',
    '',
    ...formatTable([
      ['events: pair (reference / other)', 'docs', 'trigger id F1', 'trigger class F1', 'argument id F1', 'argument class F1'],
      ...report.events.pairwise.map((pair) => [
        pair.annotators.join(' / '),
        String(pair.documents),
        formatNumber(pair.trigger_identification.f1),
        formatNumber(pair.trigger_classification.f1),
        formatNumber(pair.argument_identification.f1),
        formatNumber(pair.argument_classification.f1)
      ])
    ]),
    'Event measures as in docs/formats.md (tp, fp, fn and the by-type variants in --json); n/a: neither has any.'
  ]
  if (report.alpha_u.merged_spans > 0) lines.push(`α_u merged ${report.alpha_u.merged_spans} overlapping span(s) of the same annotator and label.`)
  notes.forEach((note, index) => lines.push(`[${index + 1}] ${note}`))
  return `${lines.join('\n')}\n`
}
