/** The four SemEval-2013 task 9.1 schemes, named as nervaluate names them (`type` is its `ent_type`). */
export const SEMEVAL_SCHEMES = ['strict', 'exact', 'partial', 'type'] as const
export type SemevalScheme = (typeof SEMEVAL_SCHEMES)[number]

/** MUC-style outcome counts of one scheme. */
export interface SchemeCounts {
  correct: number
  incorrect: number
  partial: number
  missed: number
  spurious: number
}

export type CountsByScheme = Record<SemevalScheme, SchemeCounts>

export function emptyCounts(): SchemeCounts {
  return { correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 0 }
}

export function emptyCountsByScheme(): CountsByScheme {
  return { strict: emptyCounts(), exact: emptyCounts(), partial: emptyCounts(), type: emptyCounts() }
}

export type Outcome = keyof SchemeCounts

/** Adds one outcome per scheme, e.g. `{strict: 'incorrect', exact: 'correct', …}`. */
export function addOutcomes(counts: CountsByScheme, outcomes: Record<SemevalScheme, Outcome>): void {
  for (const scheme of SEMEVAL_SCHEMES) counts[scheme][outcomes[scheme]] += 1
}

export function addCounts(into: CountsByScheme, from: CountsByScheme): void {
  for (const scheme of SEMEVAL_SCHEMES) {
    for (const outcome of Object.keys(from[scheme]) as Outcome[]) into[scheme][outcome] += from[scheme][outcome]
  }
}
