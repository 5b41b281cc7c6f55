import type { PrecisionRecallF1 } from '../../agreement/prf'
import { EVENT_MEASURES } from './compareEvents'
import type { EventScores } from './eventScorer'

const MEASURE_NAMES: Record<(typeof EVENT_MEASURES)[number], string> = {
  trigger_identification: 'trigger identification',
  trigger_classification: 'trigger classification',
  argument_identification: 'argument identification',
  argument_classification: 'argument classification',
  argument_identification_by_type: 'argument identification (by type)',
  argument_classification_by_type: 'argument classification (by type)'
}

function ratio(value: number | null): string {
  return (value === null ? 'n/a' : value.toFixed(4)).padStart(9)
}

function row(name: string, width: number, scores: PrecisionRecallF1): string {
  const counts = [scores.tp, scores.fp, scores.fn].map((count) => String(count).padStart(6))
  return [name.padEnd(width), ...counts, ratio(scores.precision), ratio(scores.recall), ratio(scores.f1)].join(' ')
}

function table(title: string, rows: readonly (readonly [string, PrecisionRecallF1])[]): string[] {
  const width = Math.max(title.length, ...rows.map(([name]) => name.length))
  const header = [title.padEnd(width), '    tp', '    fp', '    fn', 'precision', '   recall', '       f1'].join(' ')
  return [header, ...rows.map(([name, scores]) => row(name, width, scores))]
}

/**
 * The event section of `goldspan evaluate`: one row per measure (micro), and with
 * `byGroup` trigger classification per event type and argument classification per role.
 * Undefined ratios print as `n/a`.
 */
export function formatEventScores(scores: EventScores, byGroup: boolean): string {
  const lines = [
    `${scores.documents} document(s); events, ACE-style (micro)`,
    ...table('measure', EVENT_MEASURES.map((measure) => [MEASURE_NAMES[measure], scores[measure]] as const))
  ]
  if (byGroup) {
    lines.push('', ...table('event type (trigger classification)', Object.entries(scores.per_event_type)))
    lines.push('', ...table('role (argument classification)', Object.entries(scores.per_role)))
  }
  return `${lines.join('\n')}\n`
}
