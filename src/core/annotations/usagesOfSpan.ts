import type { DocumentAnnotations, Relation } from '../model'
import { argumentsByRef } from './spanArrayFacts'

/** One place a span is used: as an event argument, or as an end of a relation. */
export type SpanUsage =
  | { readonly kind: 'argument'; readonly eventId: string; readonly eventType: string; readonly index: number; readonly role: string }
  | { readonly kind: 'relation'; readonly relationId: string; readonly type: string; readonly end: 'head' | 'tail' }

type RelationUsage = Extract<SpanUsage, { readonly kind: 'relation' }>

const relationUsages = new WeakMap<readonly Relation[], ReadonlyMap<string, readonly RelationUsage[]>>()

/** The relation ends by span id, built once per relations array (a label leaves the relations as they are). */
function relationsByEnd(relations: readonly Relation[]): ReadonlyMap<string, readonly RelationUsage[]> {
  let byEnd = relationUsages.get(relations)
  if (!byEnd) {
    const built = new Map<string, RelationUsage[]>()
    const add = (spanId: string, usage: RelationUsage): void => {
      const list = built.get(spanId)
      if (list) list.push(usage)
      else built.set(spanId, [usage])
    }
    for (const relation of relations) {
      add(relation.head, { kind: 'relation', relationId: relation.id, type: relation.type, end: 'head' })
      add(relation.tail, { kind: 'relation', relationId: relation.id, type: relation.type, end: 'tail' })
    }
    byEnd = built
    relationUsages.set(relations, byEnd)
  }
  return byEnd
}

/**
 * Where `spanId` is used by other annotations, in document order: what deleting it would
 * also remove (a trigger's own arguments are part of it, not usages). Looked up in
 * indexes kept per spans and relations array, not by scanning them at each call.
 */
export function usagesOfSpan(annotations: DocumentAnnotations, spanId: string): SpanUsage[] {
  return [...(argumentsByRef(annotations.spans).get(spanId) ?? []), ...(relationsByEnd(annotations.relations).get(spanId) ?? [])]
}

/** `role Attacker of event T5 (Attack)`, `head of relation R2 (located_in)`: for confirmations and errors. */
export function describeSpanUsage(usage: SpanUsage): string {
  return usage.kind === 'argument'
    ? `role ${usage.role} of event ${usage.eventId} (${usage.eventType})`
    : `${usage.end} of relation ${usage.relationId} (${usage.type})`
}
