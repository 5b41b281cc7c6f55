import { addArgument, addRelation, runSteps, type DocumentOperationResult } from '../annotations'
import { GOLD_ANNOTATOR, type DocumentAnnotations, type Span } from '../model'
import { rolesOf, type Schema } from '../schema'

/**
 * Event arguments and relations refer to span ids of one annotator's file, so review
 * decisions on spans cannot copy them. Once spans are in gold, the annotators' links are
 * translated: a link is carried over when gold has a span with the same boundary and label
 * as each of its ends. This module lists those gold links with who proposed them.
 */

/** An argument or a relation between gold spans, by gold span ids. */
export type GoldLink =
  | { readonly kind: 'argument'; readonly eventId: string; readonly role: string; readonly ref: string }
  | { readonly kind: 'relation'; readonly type: string; readonly head: string; readonly tail: string }

/** A gold link with the annotators who made it. */
export type GoldLinkCandidate = GoldLink & {
  readonly proposedBy: readonly string[]
  /** Annotators who marked both ends (same boundary and label as the gold spans). */
  readonly couldHave: readonly string[]
}

export interface GoldLinkPlan {
  /** Proposed by every annotator who marked both ends, and not in conflict with another candidate. */
  readonly agreed: readonly GoldLinkCandidate[]
  /** Proposed by some of them only, or filling a non-repeatable role another candidate fills too. */
  readonly disputed: readonly GoldLinkCandidate[]
}

export interface LinkSource {
  readonly annotator: string
  readonly annotations: Pick<DocumentAnnotations, 'spans' | 'relations'>
}

function spanKey(span: Pick<Span, 'start' | 'end' | 'label'>): string {
  return `${span.start}:${span.end}:${span.label}`
}

interface Tally {
  readonly candidate: GoldLink
  readonly proposedBy: string[]
}

function candidateKey(candidate: GoldLink): string {
  return candidate.kind === 'argument' ? `A|${candidate.eventId}|${candidate.role}|${candidate.ref}` : `R|${candidate.type}|${candidate.head}|${candidate.tail}`
}

function alreadyInGold(gold: DocumentAnnotations, candidate: GoldLink): boolean {
  if (candidate.kind === 'argument') {
    return gold.spans.some((span) => span.id === candidate.eventId && (span.arguments ?? []).some((argument) => argument.role === candidate.role && argument.ref === candidate.ref))
  }
  return gold.relations.some((relation) => relation.type === candidate.type && relation.head === candidate.head && relation.tail === candidate.tail)
}

/**
 * Lists the arguments and relations of `sources` that can be expressed between spans of
 * `gold` and are not there yet: `agreed` when every annotator who marked both ends made the
 * link, `disputed` otherwise. Two candidates filling the same role of one event are both
 * disputed unless the schema marks the role `repeatable` (gold would refuse them).
 */
export function planGoldLinks(gold: DocumentAnnotations, sources: readonly LinkSource[], schema: Schema): GoldLinkPlan {
  const goldIdByKey = new Map<string, string>()
  for (const span of gold.spans) if (!goldIdByKey.has(spanKey(span))) goldIdByKey.set(spanKey(span), span.id)
  const tallies = new Map<string, Tally>()
  const ownersOfEnds = new Map<string, Set<string>>()
  const propose = (annotator: string, candidate: GoldLink): void => {
    if (alreadyInGold(gold, candidate)) return
    const key = candidateKey(candidate)
    const tally = tallies.get(key) ?? { candidate, proposedBy: [] }
    if (!tally.proposedBy.includes(annotator)) tally.proposedBy.push(annotator)
    tallies.set(key, tally)
  }

  for (const { annotator, annotations } of sources) {
    const byId = new Map(annotations.spans.map((span) => [span.id, span]))
    const goldIdOf = (spanId: string): string | undefined => {
      const span = byId.get(spanId)
      return span && goldIdByKey.get(spanKey(span))
    }
    const inGold = new Set(annotations.spans.flatMap((span) => goldIdByKey.get(spanKey(span)) ?? []))
    ownersOfEnds.set(annotator, inGold)
    for (const span of annotations.spans) {
      const eventId = goldIdByKey.get(spanKey(span))
      if (!eventId) continue
      for (const argument of span.arguments ?? []) {
        const ref = goldIdOf(argument.ref)
        if (ref) propose(annotator, { kind: 'argument', eventId, role: argument.role, ref })
      }
    }
    for (const relation of annotations.relations) {
      const head = goldIdOf(relation.head)
      const tail = goldIdOf(relation.tail)
      if (head && tail) propose(annotator, { kind: 'relation', type: relation.type, head, tail })
    }
  }

  const goldLabel = new Map(gold.spans.map((span) => [span.id, span.label]))
  const fillers = new Map<string, number>()
  for (const { candidate } of tallies.values()) {
    if (candidate.kind === 'argument') fillers.set(`${candidate.eventId}|${candidate.role}`, (fillers.get(`${candidate.eventId}|${candidate.role}`) ?? 0) + 1)
  }
  const agreed: GoldLinkCandidate[] = []
  const disputed: GoldLinkCandidate[] = []
  for (const { candidate, proposedBy } of tallies.values()) {
    const ends = candidate.kind === 'argument' ? [candidate.eventId, candidate.ref] : [candidate.head, candidate.tail]
    const couldHave = sources.map(({ annotator }) => annotator).filter((annotator) => ends.every((end) => ownersOfEnds.get(annotator)?.has(end)))
    const full: GoldLinkCandidate = { ...candidate, proposedBy, couldHave }
    const role = candidate.kind === 'argument' ? rolesOf(schema, goldLabel.get(candidate.eventId) ?? '').find((known) => known.name === candidate.role) : undefined
    const crowdedRole = candidate.kind === 'argument' && role?.repeatable !== true && (fillers.get(`${candidate.eventId}|${candidate.role}`) ?? 0) > 1
    if (!crowdedRole && couldHave.every((annotator) => proposedBy.includes(annotator))) agreed.push(full)
    else disputed.push(full)
  }
  return { agreed, disputed }
}

/** Adds `candidates` to gold as one undoable batch (arguments at the end of their event's list, relations with fresh ids). */
export function addGoldLinks(gold: DocumentAnnotations, candidates: readonly GoldLinkCandidate[], now: string): DocumentOperationResult {
  if (gold.annotator !== GOLD_ANNOTATOR) throw new RangeError(`links go to the "${GOLD_ANNOTATOR}" layer, not to annotator "${gold.annotator}"`)
  return runSteps(
    gold,
    candidates.map((candidate) => (current: DocumentAnnotations) =>
      candidate.kind === 'argument'
        ? addArgument(current, candidate.eventId, { role: candidate.role, ref: candidate.ref }, now)
        : addRelation(current, { type: candidate.type, head: candidate.head, tail: candidate.tail })
    )
  )
}
