import { z } from 'zod'
import type { Span } from '../model'
import type { GoldLink } from './goldLinks'

/** How the adjudicator resolved an argument or relation the annotators proposed. */
export const LINK_OUTCOMES = ['accepted', 'rejected'] as const
export type LinkOutcome = (typeof LINK_OUTCOMES)[number]

/**
 * The adjudicator's decision on one link between gold spans, kept in the review file beside
 * the unit decisions. A rejection leaves nothing in gold, so this is where it is remembered.
 */
export interface LinkDecision {
  /** The link's `linkKey`: its ends' boundaries and labels and its role or type, never gold ids. */
  readonly linkKey: string
  readonly outcome: LinkOutcome
  /** The annotators who made the link. */
  readonly proposedBy: readonly string[]
  readonly adjudicator: string
  /** ISO 8601. */
  readonly decidedAt: string
}

const name = z.string().min(1).max(64)

export const linkDecisionShape = z
  .object({
    linkKey: z.string().min(1).max(1_000),
    outcome: z.enum(LINK_OUTCOMES),
    proposedBy: z.array(name),
    adjudicator: name,
    decidedAt: z.string().min(1).max(40)
  })
  .strict()

type SpanEnd = Pick<Span, 'start' | 'end' | 'label'>

function endKey(span: SpanEnd): string {
  return `${span.start}-${span.end}:${span.label}`
}

/**
 * A key naming a link by what it joins, so a decision survives gold spans getting new ids
 * (a unit decided anew, a reload): `argument <trigger>|<role>|<argument>` or
 * `relation <type>|<head>|<tail>`, each end as `start-end:label` (UTF-16 code units).
 */
export function linkKeyOfEnds(link: { readonly kind: 'argument'; readonly role: string } | { readonly kind: 'relation'; readonly type: string }, first: SpanEnd, second: SpanEnd): string {
  return link.kind === 'argument' ? `argument ${endKey(first)}|${link.role}|${endKey(second)}` : `relation ${link.type}|${endKey(first)}|${endKey(second)}`
}

/** `linkKeyOfEnds` of a link between gold spans; RangeError when an end is not in `spans`. */
export function linkKey(link: GoldLink, spans: ReadonlyMap<string, SpanEnd>): string {
  const [firstId, secondId] = link.kind === 'argument' ? [link.eventId, link.ref] : [link.head, link.tail]
  const first = spans.get(firstId)
  const second = spans.get(secondId)
  if (!first || !second) throw new RangeError(`link end "${first ? secondId : firstId}" is no gold span`)
  return linkKeyOfEnds(link, first, second)
}
