import type { GoldProvenance, GoldRecord, GoldSuggestedBy } from './goldRecord'

function orderProvenance(provenance: GoldProvenance | undefined): { provenance?: GoldProvenance } {
  if (!provenance) return {}
  const { agreed_by, adjudicator, decided_at, decision } = provenance
  return { provenance: { agreed_by, adjudicator, decided_at, decision } }
}

function orderSuggestedBy(suggestedBy: GoldSuggestedBy | undefined): { suggested_by?: GoldSuggestedBy } {
  return suggestedBy ? { suggested_by: { model: suggestedBy.model, suggestion: suggestedBy.suggestion } } : {}
}

/** Rebuilds the record with keys in the documented order, whatever order it was built in. */
function orderKeys(record: GoldRecord): GoldRecord {
  return {
    id: record.id,
    text: record.text,
    sha256: record.sha256,
    offset_unit: record.offset_unit,
    entities: record.entities.map(({ id, start, end, label, text, attributes, provenance, suggested_by }) => ({
      id,
      start,
      end,
      label,
      text,
      ...(attributes ? { attributes } : {}),
      ...orderProvenance(provenance),
      ...orderSuggestedBy(suggested_by)
    })),
    events: record.events.map((event) => ({
      id: event.id,
      type: event.type,
      trigger: { start: event.trigger.start, end: event.trigger.end, text: event.trigger.text },
      arguments: event.arguments.map(({ role, ref, start, end, text }) => ({ role, ref, start, end, text })),
      attributes: event.attributes,
      ...orderProvenance(event.provenance),
      ...orderSuggestedBy(event.suggested_by)
    })),
    relations: record.relations.map(({ id, type, head, tail }) => ({ id, type, head, tail })),
    meta: {
      annotator: record.meta.annotator,
      status: record.meta.status,
      schema: { name: record.meta.schema.name, version: record.meta.schema.version },
      exported_at: record.meta.exported_at,
      format: record.meta.format,
      format_version: record.meta.format_version
    }
  }
}

/** One compact JSON line per record, UTF-8 text kept literal, `\n` after every line. */
export function serializeGoldJsonl(records: readonly GoldRecord[]): string {
  return records.map((record) => `${JSON.stringify(orderKeys(record))}\n`).join('')
}
