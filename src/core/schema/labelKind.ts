import type { LabelKind, Schema, SpanType } from './schema'

/** Finds a label in the schema and says whether it is an entity or an event type. */
export function findLabel(schema: Schema, label: string): { kind: LabelKind; type: SpanType } | undefined {
  const entity = schema.entityTypes.find((type) => type.name === label)
  if (entity) return { kind: 'entity', type: entity }
  const event = schema.eventTypes.find((type) => type.name === label)
  if (event) return { kind: 'event', type: event }
  return undefined
}
