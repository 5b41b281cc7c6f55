import { removeArgument, removeRelation, runSteps, type DocumentOperation } from '../annotations'
import { GOLD_ANNOTATOR, type DocumentAnnotations } from '../model'
import { rolesOf, type Schema } from '../schema'
import type { Adjudication } from './decideUnit'
import { addGoldLinks, type GoldLink } from './goldLinks'
import { linkKey, type LinkDecision, type LinkOutcome } from './linkDecision'
import { goldHasLink, type LinkReview, type LinkReviewItem } from './linkReview'
import { applyReviewChange, type ReviewChangeResult, type ReviewState } from './reviewChange'

type Step = (current: DocumentAnnotations) => { annotations: DocumentAnnotations; operation: DocumentOperation; inverse: DocumentOperation }

function checkGold(gold: DocumentAnnotations): void {
  if (gold.annotator !== GOLD_ANNOTATOR) throw new RangeError(`link decisions go to the "${GOLD_ANNOTATOR}" layer, not to annotator "${gold.annotator}"`)
}

function decisionFor(item: LinkReviewItem, outcome: LinkOutcome, by: Adjudication): LinkDecision {
  return { linkKey: item.key, outcome, proposedBy: [...item.link.proposedBy], adjudicator: by.adjudicator, decidedAt: by.now }
}

/** The step that takes `link` out of gold (nothing when gold does not hold it). */
function removeStep(link: GoldLink, now: string): Step {
  return (current) => {
    if (link.kind === 'relation') {
      const relation = current.relations.find((other) => other.type === link.type && other.head === link.head && other.tail === link.tail)
      return relation ? removeRelation(current, relation.id) : { annotations: current, ...noop }
    }
    const index = current.spans.find((span) => span.id === link.eventId)?.arguments?.findIndex((argument) => argument.role === link.role && argument.ref === link.ref) ?? -1
    return index >= 0 ? removeArgument(current, link.eventId, index, now) : { annotations: current, ...noop }
  }
}

function addStep(item: LinkReviewItem, now: string): Step {
  return (current) => {
    const result = addGoldLinks(current, [item.link], now)
    return { annotations: result.annotations, operation: result.operation, inverse: result.inverse }
  }
}

const noop = { operation: { kind: 'batch', operations: [] }, inverse: { kind: 'batch', operations: [] } } as const

/**
 * Carries every agreed link gold does not hold yet, as one undoable step, each recorded as
 * `accepted`. Running it twice adds nothing.
 */
export function carryAgreedLinks(state: ReviewState, review: LinkReview, by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  const missing = review.agreed.filter((item) => !item.inGold)
  const gold = runSteps(state.gold, missing.map((item) => addStep(item, by.now)))
  return applyReviewChange(state, { gold: gold.operation, decisions: [], links: missing.map((item) => ({ linkKey: item.key, decision: decisionFor(item, 'accepted', by) })) })
}

/**
 * Accepts `item` into gold. An argument for a role the schema does not mark `repeatable`
 * replaces the other candidates for that role of the same event: they leave gold and are
 * recorded as rejected, so gold never fills the role twice.
 */
export function acceptLink(state: ReviewState, review: LinkReview, item: LinkReviewItem, schema: Schema, by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  const { link } = item
  const rivals: LinkReviewItem[] = []
  if (link.kind === 'argument') {
    const eventLabel = state.gold.spans.find((span) => span.id === link.eventId)?.label ?? ''
    const repeatable = rolesOf(schema, eventLabel).find((role) => role.name === link.role)?.repeatable === true
    if (!repeatable) {
      for (const other of [...review.agreed, ...review.disputed]) {
        if (other.key !== item.key && other.link.kind === 'argument' && other.link.eventId === link.eventId && other.link.role === link.role) rivals.push(other)
      }
    }
  }
  const steps: Step[] = [...rivals.map((rival) => removeStep(rival.link, by.now)), ...(item.inGold ? [] : [addStep(item, by.now)])]
  const gold = runSteps(state.gold, steps)
  const links = [
    ...rivals.map((rival) => ({ linkKey: rival.key, decision: decisionFor(rival, 'rejected', by) })),
    { linkKey: item.key, decision: decisionFor(item, 'accepted', by) }
  ]
  return applyReviewChange(state, { gold: gold.operation, decisions: [], links })
}

/** Rejects `item`: recorded as `rejected`, and taken out of gold if it was there. */
export function rejectLink(state: ReviewState, item: LinkReviewItem, by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  const gold = runSteps(state.gold, [removeStep(item.link, by.now)])
  return applyReviewChange(state, { gold: gold.operation, decisions: [], links: [{ linkKey: item.key, decision: decisionFor(item, 'rejected', by) }] })
}

/**
 * Adds a link the adjudicator drew between two gold spans, recorded as `accepted` with no
 * proposer. RangeError when gold already holds it, or it would fill a one-filler role twice.
 */
export function addOwnLink(state: ReviewState, link: GoldLink, schema: Schema, by: Adjudication): ReviewChangeResult {
  checkGold(state.gold)
  const spans = new Map(state.gold.spans.map((span) => [span.id, span]))
  const key = linkKey(link, spans)
  if (goldHasLink(state.gold, link)) throw new RangeError(`gold already has ${key}`)
  if (link.kind === 'argument') {
    const event = spans.get(link.eventId)
    const role = rolesOf(schema, event?.label ?? '').find((known) => known.name === link.role)
    if (role?.repeatable !== true && (event?.arguments ?? []).some((argument) => argument.role === link.role)) {
      throw new RangeError(`role ${link.role} of this ${event?.label ?? 'event'} takes one filler and has one: remove it first`)
    }
  }
  const item: LinkReviewItem = { key, link: { ...link, proposedBy: [], couldHave: [] }, agreed: false, inGold: false, decision: null }
  const gold = runSteps(state.gold, [addStep(item, by.now)])
  return applyReviewChange(state, { gold: gold.operation, decisions: [], links: [{ linkKey: key, decision: decisionFor(item, 'accepted', by) }] })
}
