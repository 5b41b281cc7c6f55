import { createOffsetConverter } from '../text'
import type { GoldRecord } from './goldspan'
import type { ConversionIssue, InterchangeDocument } from './interchange'

/** The attributes, or nothing when there are none, so that spans without any compare equal. */
function attributesOf(attributes: Readonly<Record<string, string>> | undefined): { attributes?: Record<string, string> } {
  return attributes && Object.keys(attributes).length > 0 ? { attributes: { ...attributes } } : {}
}

/**
 * A goldspan record as the neutral shape, for export to another format, offsets in UTF-16
 * whatever the record's `offset_unit`: entities become `spans`, events become `events`
 * (trigger span with the event's id, type and arguments), relations are copied; ids and
 * attributes are kept. Nothing is lost here, so `report` is empty: each writer reports
 * what its format cannot hold. (Review provenance belongs to goldspan alone.)
 */
export function goldRecordToInterchange(record: GoldRecord): { document: InterchangeDocument; report: ConversionIssue[] } {
  const converter = record.offset_unit === 'codepoint' ? createOffsetConverter(record.text) : null
  const toUtf16 = (offset: number): number => (converter ? converter.toUtf16(offset) : offset)
  const spans = record.entities.map(({ id, start, end, label, attributes }) => ({
    id,
    start: toUtf16(start),
    end: toUtf16(end),
    label,
    ...attributesOf(attributes)
  }))
  const events = record.events.map((event) => ({
    id: event.id,
    start: toUtf16(event.trigger.start),
    end: toUtf16(event.trigger.end),
    label: event.type,
    ...attributesOf(event.attributes),
    arguments: event.arguments.map(({ role, ref }) => ({ role, ref }))
  }))
  const relations = record.relations.map(({ id, type, head, tail }) => ({ id, type, head, tail }))
  return { document: { id: record.id, text: record.text, spans, events, relations }, report: [] }
}
