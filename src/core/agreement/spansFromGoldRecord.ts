import type { GoldRecord } from '../formats/goldspan'
import { createOffsetConverter } from '../text'
import type { AgreementSpan } from './annotationSet'

/**
 * The spans of a (checked) goldspan record as agreement sees them, in UTF-16 units:
 * entities with their label, and event triggers labelled with the event type, as the
 * annotation store keeps them. Event arguments and relations are not spans and are left out.
 */
export function spansFromGoldRecord(record: GoldRecord): AgreementSpan[] {
  const converter = record.offset_unit === 'utf16' ? null : createOffsetConverter(record.text)
  const toUtf16 = (offset: number): number => (converter ? converter.toUtf16(offset) : offset)
  return [
    ...record.entities.map((entity) => ({ start: entity.start, end: entity.end, label: entity.label })),
    ...record.events.map((event) => ({ start: event.trigger.start, end: event.trigger.end, label: event.type }))
  ].map((span) => ({ start: toUtf16(span.start), end: toUtf16(span.end), label: span.label }))
}
