import type { GoldRecord } from '../../formats/goldspan'
import { createOffsetConverter } from '../../text'
import type { ScoredEvent } from './scoredEvent'

/**
 * The events of a (checked) goldspan record in UTF-16 units, whatever its `offset_unit`,
 * so that a record in code points and one in UTF-16 compare. Argument offsets are the ones
 * the record repeats on each argument (checked equal to its `ref`'s by the reader).
 */
export function eventsFromGoldRecord(record: GoldRecord): ScoredEvent[] {
  const converter = record.offset_unit === 'utf16' ? null : createOffsetConverter(record.text)
  const toUtf16 = (offset: number): number => (converter ? converter.toUtf16(offset) : offset)
  return record.events.map((event) => ({
    start: toUtf16(event.trigger.start),
    end: toUtf16(event.trigger.end),
    type: event.type,
    arguments: event.arguments.map((argument) => ({ role: argument.role, start: toUtf16(argument.start), end: toUtf16(argument.end) }))
  }))
}
