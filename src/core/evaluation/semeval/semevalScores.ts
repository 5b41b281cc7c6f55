import { SEMEVAL_SCHEMES, type CountsByScheme, type SchemeCounts, type SemevalScheme } from './schemeCounts'

/** Counts with SemEval's derived totals and scores (precision, recall, F1 in [0, 1]). */
export interface SchemeScores extends SchemeCounts {
  /** correct + incorrect + partial + missed: what the gold side offers. */
  readonly possible: number
  /** correct + incorrect + partial + spurious: what the system produced. */
  readonly actual: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export type ScoresByScheme = Record<SemevalScheme, SchemeScores>

/**
 * SemEval-2013 9.1 scores of one scheme. `partial` and `type` credit a partial match
 * with 0.5 (in `type` there are none). A ratio with a zero denominator is 0, as in
 * nervaluate, so that tables stay numeric.
 */
export function scoreScheme(scheme: SemevalScheme, counts: SchemeCounts): SchemeScores {
  const possible = counts.correct + counts.incorrect + counts.partial + counts.missed
  const actual = counts.correct + counts.incorrect + counts.partial + counts.spurious
  const credited = scheme === 'partial' || scheme === 'type' ? counts.correct + 0.5 * counts.partial : counts.correct
  const precision = actual > 0 ? credited / actual : 0
  const recall = possible > 0 ? credited / possible : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { ...counts, possible, actual, precision, recall, f1 }
}

export function scoreSchemes(counts: CountsByScheme): ScoresByScheme {
  const entries = SEMEVAL_SCHEMES.map((scheme) => [scheme, scoreScheme(scheme, counts[scheme])] as const)
  return Object.fromEntries(entries) as ScoresByScheme
}

/** Unweighted mean over labels of each label's precision, recall and F1. */
export interface MacroScores {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export function macroAverage(perLabel: readonly ScoresByScheme[]): Record<SemevalScheme, MacroScores> {
  const mean = (values: number[]): number => (values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0)
  const entries = SEMEVAL_SCHEMES.map((scheme) => {
    const scores = perLabel.map((label) => label[scheme])
    return [scheme, { precision: mean(scores.map((s) => s.precision)), recall: mean(scores.map((s) => s.recall)), f1: mean(scores.map((s) => s.f1)) }] as const
  })
  return Object.fromEntries(entries) as Record<SemevalScheme, MacroScores>
}
