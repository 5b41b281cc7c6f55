import { z } from 'zod'
import { linkDecisionShape, type LinkDecision } from './linkDecision'

/** How the adjudicator resolved a review unit. */
export const REVIEW_OUTCOMES = ['accepted', 'accepted-all', 'none', 'edited'] as const
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

/**
 * The adjudicator's decision on one review unit. It is kept apart from the gold layer
 * because a unit resolved as `none` leaves no span there, yet counts as resolved.
 */
export interface ReviewDecision {
  /** The unit's `unitKey`: its versions' spans, so the decision still matches after a reload. */
  readonly unitKey: string
  readonly outcome: ReviewOutcome
  /** `accepted`: the one annotator whose version was taken; `accepted-all`: every annotator with a version; else empty. */
  readonly annotators: readonly string[]
  readonly adjudicator: string
  /** ISO 8601. */
  readonly decidedAt: string
  /** The gold spans this decision created (none when gold already had them), removed again if the unit is decided anew. */
  readonly goldSpanIds: readonly string[]
}

/** Version of the per-document review file. */
export const REVIEW_FILE_VERSION = 1

/**
 * `review/<document>.json`: every decision made on one document, sorted by unit key, and the
 * decisions on arguments and relations sorted by link key (`links`, absent from files
 * written before links were reviewed, and while there is none).
 */
export interface ReviewFile {
  readonly version: typeof REVIEW_FILE_VERSION
  readonly documentId: string
  readonly decisions: readonly ReviewDecision[]
  readonly links?: readonly LinkDecision[]
}

const name = z.string().min(1).max(64)

export const reviewDecisionShape = z
  .object({
    unitKey: z.string().min(1).max(20_000),
    outcome: z.enum(REVIEW_OUTCOMES),
    annotators: z.array(name),
    adjudicator: name,
    decidedAt: z.string().min(1).max(40),
    goldSpanIds: z.array(z.string().min(1).max(64))
  })
  .strict()

export const reviewFileShape = z
  .object({
    version: z.literal(REVIEW_FILE_VERSION),
    documentId: z.string().min(1).max(256),
    decisions: z.array(reviewDecisionShape),
    links: z.array(linkDecisionShape).optional()
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    file.decisions.forEach((decision, index) => {
      if (seen.has(decision.unitKey)) ctx.addIssue({ code: 'custom', path: ['decisions', index, 'unitKey'], message: `unit "${decision.unitKey}" is decided twice` })
      seen.add(decision.unitKey)
    })
    const seenLinks = new Set<string>()
    file.links?.forEach((decision, index) => {
      if (seenLinks.has(decision.linkKey)) ctx.addIssue({ code: 'custom', path: ['links', index, 'linkKey'], message: `link "${decision.linkKey}" is decided twice` })
      seenLinks.add(decision.linkKey)
    })
  })
