import { findSpanById, usagesOfSpan } from '../../core/annotations'
import type { DocumentAnnotations } from '../../core/model'

/** A span to mark around the focused span, with the names of its links to it (roles, relation types). */
export interface LinkTag {
  readonly spanId: string
  readonly start: number
  readonly end: number
  readonly names: readonly string[]
}

/**
 * What to show in the text about span `focusId`: for an event, each argument tagged with
 * its role; for a span used elsewhere, each event using it tagged `Type: Role` (so an
 * argument shared by two events shows both); for both, the other end of each relation
 * tagged with the relation type and its direction. One tag per span, names in document order.
 * `focusStart`, where the focused span starts if known, spares a search through every span.
 */
export function linkTags(annotations: DocumentAnnotations, focusId: string | null, focusStart?: number): LinkTag[] {
  const focus = focusId === null ? undefined : findSpanById(annotations.spans, focusId, focusStart)
  if (!focus) return []
  const names = new Map<string, string[]>()
  const add = (spanId: string, name: string): void => {
    const list = names.get(spanId) ?? []
    if (!list.includes(name)) list.push(name)
    names.set(spanId, list)
  }
  for (const argument of focus.arguments ?? []) add(argument.ref, argument.role)
  for (const usage of usagesOfSpan(annotations, focus.id)) {
    if (usage.kind === 'argument') add(usage.eventId, `${usage.eventType}: ${usage.role}`)
  }
  for (const relation of annotations.relations) {
    if (relation.head === focus.id) add(relation.tail, `${relation.type} →`)
    if (relation.tail === focus.id) add(relation.head, `← ${relation.type}`)
  }
  // Most spans have no links: then there is nothing to look up among all the spans.
  if (names.size === 0) return []
  return annotations.spans.flatMap((span) => {
    const list = names.get(span.id)
    return list ? [{ spanId: span.id, start: span.start, end: span.end, names: list }] : []
  })
}
