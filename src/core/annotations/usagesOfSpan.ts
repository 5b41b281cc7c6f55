import type { DocumentAnnotations } from '../model'

/** One place a span is used: as an event argument, or as an end of a relation. */
export type SpanUsage =
  | { readonly kind: 'argument'; readonly eventId: string; readonly eventType: string; readonly index: number; readonly role: string }
  | { readonly kind: 'relation'; readonly relationId: string; readonly type: string; readonly end: 'head' | 'tail' }

/**
 * Where `spanId` is used by other annotations, in document order: what deleting it would
 * also remove (a trigger's own arguments are part of it, not usages).
 */
export function usagesOfSpan(annotations: DocumentAnnotations, spanId: string): SpanUsage[] {
  const usages: SpanUsage[] = []
  for (const span of annotations.spans) {
    span.arguments?.forEach((argument, index) => {
      if (argument.ref === spanId) usages.push({ kind: 'argument', eventId: span.id, eventType: span.label, index, role: argument.role })
    })
  }
  for (const relation of annotations.relations) {
    if (relation.head === spanId) usages.push({ kind: 'relation', relationId: relation.id, type: relation.type, end: 'head' })
    if (relation.tail === spanId) usages.push({ kind: 'relation', relationId: relation.id, type: relation.type, end: 'tail' })
  }
  return usages
}

/** `role Attacker of event T5 (Attack)`, `head of relation R2 (located_in)`: for confirmations and errors. */
export function describeSpanUsage(usage: SpanUsage): string {
  return usage.kind === 'argument'
    ? `role ${usage.role} of event ${usage.eventId} (${usage.eventType})`
    : `${usage.end} of relation ${usage.relationId} (${usage.type})`
}
