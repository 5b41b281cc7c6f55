import { describeEvent, describeRelation, type ConversionIssue, type InterchangeDocument } from './interchange'

/** What a span-only format holds beyond entity spans: relations between spans, span attributes. */
export interface FormatCapacity {
  /** Relations between two written spans (events are never written by these formats). */
  readonly relations?: boolean
}

/**
 * The events, relations and attributes of `document` that a span-only format (`format`
 * names it in the reason) cannot hold, one report entry each: every event (trigger and
 * arguments), every relation (or, when the format holds relations, those with an event
 * at either end, since the event is not written), and every entity's attributes.
 */
export function reportUncarried(document: InterchangeDocument, format: string, capacity: FormatCapacity = {}): ConversionIssue[] {
  const issues: ConversionIssue[] = []
  const add = (item: string, reason: string): void => {
    issues.push({ document: document.id, item, reason })
  }
  const eventIds = new Set<string>()
  for (const event of document.events ?? []) {
    eventIds.add(event.id)
    add(describeEvent(document.text, event), `${format} has no events (trigger, arguments and attributes are left out)`)
  }
  for (const relation of document.relations ?? []) {
    if (!capacity.relations) add(describeRelation(relation), `${format} has no relations`)
    else if (eventIds.has(relation.head) || eventIds.has(relation.tail)) add(describeRelation(relation), `links an event, which ${format} does not hold`)
  }
  for (const span of document.spans) {
    if (span.attributes && Object.keys(span.attributes).length > 0) {
      add(`${span.id ? `${span.id} ` : ''}${span.label} attributes ${JSON.stringify(span.attributes)}`, `${format} has no span attributes`)
    }
  }
  return issues
}
