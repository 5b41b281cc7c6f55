import { createOffsetConverter } from '../text'
import type { GoldRecord } from './goldspan'
import type { ConversionIssue, InterchangeDocument } from './interchange'

/**
 * A goldspan record as the neutral shape, for export to another format: entities become
 * spans in UTF-16 offsets whatever the record's `offset_unit`, with their ids. Events
 * and relations are not carried yet: each one is reported.
 */
export function goldRecordToInterchange(record: GoldRecord): { document: InterchangeDocument; report: ConversionIssue[] } {
  const converter = record.offset_unit === 'codepoint' ? createOffsetConverter(record.text) : null
  const toUtf16 = (offset: number): number => (converter ? converter.toUtf16(offset) : offset)
  const spans = record.entities.map(({ id, start, end, label }) => ({ id, start: toUtf16(start), end: toUtf16(end), label }))
  const report: ConversionIssue[] = [
    ...record.events.map((event) => ({
      document: record.id,
      item: `event ${event.id} ${event.type} trigger ${JSON.stringify(event.trigger.text)} (${event.arguments.length} argument(s))`,
      reason: 'events are not carried to other formats yet'
    })),
    ...record.relations.map((relation) => ({
      document: record.id,
      item: `relation ${relation.id} ${relation.type} ${relation.head}->${relation.tail}`,
      reason: 'relations are not carried to other formats yet'
    }))
  ]
  return { document: { id: record.id, text: record.text, spans }, report }
}
