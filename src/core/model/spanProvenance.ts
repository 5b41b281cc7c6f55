/**
 * How a span of the `gold` layer was decided in review: which annotators had exactly this
 * span (boundary and label), who adjudicated, when (ISO 8601), and whether the adjudicator
 * accepted an annotator's version as it was, edited it, or added a span nobody had.
 * Only the gold layer carries it; the store refuses it in any other annotator's file.
 */
export interface SpanProvenance {
  readonly agreedBy: readonly string[]
  readonly adjudicator: string
  readonly decidedAt: string
  readonly decision: 'accepted' | 'edited' | 'added'
}

/** The decisions, in the order the docs list them. */
export const PROVENANCE_DECISIONS = ['accepted', 'edited', 'added'] as const

/** The reserved annotator name of the adjudicated layer. */
export const GOLD_ANNOTATOR = 'gold'
