import type { Span } from '../../model'
import type { ScoredEvent } from './scoredEvent'

/**
 * The events of one annotator's document as stored (an event is its trigger span): every
 * span whose label is one of `eventTypes`, with each argument's `ref` replaced by the
 * offsets of the span it names. A ref naming no span is a RangeError (the store refuses
 * such files, so it means the caller passed spans of another document).
 */
export function eventsFromSpans(spans: readonly Span[], eventTypes: ReadonlySet<string>, where: string): ScoredEvent[] {
  const byId = new Map(spans.map((span) => [span.id, span]))
  return spans
    .filter((span) => eventTypes.has(span.label))
    .map((trigger) => ({
      start: trigger.start,
      end: trigger.end,
      type: trigger.label,
      arguments: (trigger.arguments ?? []).map((argument) => {
        const filler = byId.get(argument.ref)
        if (!filler) throw new RangeError(`${where}: event "${trigger.id}" argument ${argument.role} names no span ("${argument.ref}")`)
        return { role: argument.role, start: filler.start, end: filler.end }
      })
    }))
}
