import type { DocumentAnnotations, Span } from '../model'
import type { Schema } from '../schema'
import { planGoldLinks, type GoldLink, type GoldLinkCandidate, type LinkSource } from './goldLinks'
import { linkKey, linkKeyOfEnds, type LinkDecision } from './linkDecision'
import type { ReviewProgress } from './reviewProgress'

/** An annotator's link between gold spans, with what was decided about it. */
export interface LinkReviewItem {
  readonly key: string
  readonly link: GoldLinkCandidate
  /** Proposed by every annotator who marked both ends (see `planGoldLinks`). */
  readonly agreed: boolean
  readonly inGold: boolean
  /** The decision stored under `key`, if any. */
  readonly decision: LinkDecision | null
}

/** One end of a link that waits: where it is, and whether gold has it yet. */
export interface WaitingEnd {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly inGold: boolean
}

/** An annotator's link that cannot be decided yet: gold lacks one of its ends (same boundary and label). */
export interface WaitingLink {
  readonly key: string
  readonly kind: 'argument' | 'relation'
  /** The role of an argument, the type of a relation. */
  readonly name: string
  /** Trigger and argument, or head and tail. */
  readonly ends: readonly [WaitingEnd, WaitingEnd]
  readonly proposedBy: readonly string[]
}

/** The links step of one document. Items are in text order of their first end (trigger or head). */
export interface LinkReview {
  readonly agreed: readonly LinkReviewItem[]
  readonly disputed: readonly LinkReviewItem[]
  readonly waiting: readonly WaitingLink[]
}

function boundaryKey(span: Pick<Span, 'start' | 'end' | 'label'>): string {
  return `${span.start}:${span.end}:${span.label}`
}

/** Gold without its arguments and relations, so the plan lists the links already carried too. */
function withoutLinks(gold: DocumentAnnotations): DocumentAnnotations {
  return { ...gold, relations: [], spans: gold.spans.map(({ arguments: _arguments, ...span }) => span) }
}

/** Whether gold holds `link` (by gold span ids). */
export function goldHasLink(gold: DocumentAnnotations, link: GoldLink): boolean {
  if (link.kind === 'argument') {
    return gold.spans.some((span) => span.id === link.eventId && (span.arguments ?? []).some((argument) => argument.role === link.role && argument.ref === link.ref))
  }
  return gold.relations.some((relation) => relation.type === link.type && relation.head === link.head && relation.tail === link.tail)
}

function waitingLinks(goldKeys: ReadonlySet<string>, sources: readonly LinkSource[], planned: ReadonlySet<string>): WaitingLink[] {
  const byKey = new Map<string, { link: Omit<WaitingLink, 'proposedBy'>; proposedBy: string[] }>()
  const note = (annotator: string, kind: 'argument' | 'relation', name: string, first: Span | undefined, second: Span | undefined): void => {
    if (!first || !second) return
    const key = linkKeyOfEnds(kind === 'argument' ? { kind, role: name } : { kind, type: name }, first, second)
    if (planned.has(key)) return
    const end = (span: Span): WaitingEnd => ({ start: span.start, end: span.end, label: span.label, inGold: goldKeys.has(boundaryKey(span)) })
    const entry = byKey.get(key) ?? { link: { key, kind, name, ends: [end(first), end(second)] }, proposedBy: [] }
    if (!entry.proposedBy.includes(annotator)) entry.proposedBy.push(annotator)
    byKey.set(key, entry)
  }
  for (const { annotator, annotations } of sources) {
    const byId = new Map(annotations.spans.map((span) => [span.id, span]))
    for (const span of annotations.spans) for (const argument of span.arguments ?? []) note(annotator, 'argument', argument.role, span, byId.get(argument.ref))
    for (const relation of annotations.relations) note(annotator, 'relation', relation.type, byId.get(relation.head), byId.get(relation.tail))
  }
  return [...byKey.values()]
    .filter(({ link }) => !(link.ends[0].inGold && link.ends[1].inGold))
    .map(({ link, proposedBy }) => ({ ...link, proposedBy }))
    .sort((a, b) => a.ends[0].start - b.ends[0].start || a.ends[1].start - b.ends[1].start || (a.key < b.key ? -1 : 1))
}

/**
 * The annotators' arguments and relations for the links step: those whose two ends are in
 * gold (same boundary and label), agreed or disputed as `planGoldLinks` says, whether
 * gold holds each and what was decided; and those still waiting for an end to be adjudicated.
 */
export function reviewLinks(gold: DocumentAnnotations, sources: readonly LinkSource[], schema: Schema, decisions: readonly LinkDecision[]): LinkReview {
  const plan = planGoldLinks(withoutLinks(gold), sources, schema)
  const spans = new Map(gold.spans.map((span) => [span.id, span]))
  const decisionByKey = new Map(decisions.map((decision) => [decision.linkKey, decision]))
  const item = (link: GoldLinkCandidate, agreed: boolean): LinkReviewItem => {
    const key = linkKey(link, spans)
    return { key, link, agreed, inGold: goldHasLink(gold, link), decision: decisionByKey.get(key) ?? null }
  }
  const firstEnd = (entry: LinkReviewItem): number => spans.get(entry.link.kind === 'argument' ? entry.link.eventId : entry.link.head)?.start ?? 0
  const secondEnd = (entry: LinkReviewItem): number => spans.get(entry.link.kind === 'argument' ? entry.link.ref : entry.link.tail)?.start ?? 0
  const inOrder = (entries: LinkReviewItem[]) => entries.sort((a, b) => firstEnd(a) - firstEnd(b) || secondEnd(a) - secondEnd(b) || (a.key < b.key ? -1 : 1))
  const agreed = inOrder(plan.agreed.map((link) => item(link, true)))
  const disputed = inOrder(plan.disputed.map((link) => item(link, false)))
  const planned = new Set([...agreed, ...disputed].map((entry) => entry.key))
  return { agreed, disputed, waiting: waitingLinks(new Set(gold.spans.map(boundaryKey)), sources, planned) }
}

/**
 * Whether a link counts as decided: rejected, or accepted and in gold. An accepted link that
 * left gold (an end was decided anew) is open again, as a unit whose spans changed is.
 */
export function isLinkResolved(item: LinkReviewItem): boolean {
  return item.decision?.outcome === 'rejected' || (item.decision?.outcome === 'accepted' && item.inGold)
}

/** Progress over the disputed links (agreed ones are carried in bulk, as agreed units are). */
export function linkProgress(review: LinkReview): ReviewProgress {
  return { resolved: review.disputed.filter(isLinkResolved).length, total: review.disputed.length }
}
