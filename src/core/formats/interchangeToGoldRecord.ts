import { findAttributeProblem, findLabel, type Schema } from '../schema'
import { GOLD_FORMAT, goldFormatVersionOf, type GoldEntity, type GoldEvent, type GoldRecord, type GoldRelation } from './goldspan'
import { describeRelation, describeSpan, type ConversionIssue, type InterchangeDocument, type InterchangeSpan } from './interchange'

export interface GoldRecordFromInterchangeOptions {
  readonly annotator: string
  /** sha256 of `document.text` (hex): hashing needs node:crypto, which core leaves to its caller. */
  readonly sha256: string
  readonly exportedAt: string
}

/**
 * Hands out `T<n>`/`R<n>` ids: a source id of that form (`reserved`) is kept the first
 * time it is asked for; others get the next number no source id claims.
 */
function createIdAllocator(reserved: ReadonlySet<string>): (prefix: 'T' | 'R', sourceId: string | undefined) => string {
  const used = new Set<string>()
  const next = { T: 0, R: 0 }
  return (prefix, sourceId) => {
    if (sourceId !== undefined && sourceId.startsWith(prefix) && reserved.has(sourceId) && !used.has(sourceId)) {
      used.add(sourceId)
      return sourceId
    }
    let id: string
    do id = `${prefix}${++next[prefix]}`
    while (used.has(id) || reserved.has(id))
    used.add(id)
    return id
  }
}

/**
 * A document read from a foreign format as a goldspan record (UTF-16 offsets), for the
 * goldspan import's own checks. Ids become `T<n>` (spans and events) and `R<n>`
 * (relations): a source id of that form is kept, others are renumbered and every
 * argument and relation follows. A span whose label the schema declares as an event
 * type is an event without arguments (a format without event structure). Attributes the
 * schema does not declare for the label, or with a value it does not allow (brat notes
 * when the schema has no `Note`), are reported and left out; arguments and relations
 * pointing to no span of the document are reported and left out.
 */
export function interchangeToGoldRecord(
  document: InterchangeDocument,
  schema: Schema,
  options: GoldRecordFromInterchangeOptions
): { record: GoldRecord; report: ConversionIssue[] } {
  const report: ConversionIssue[] = []
  const notCarried = (item: string, reason: string): void => {
    report.push({ document: document.id, item, reason })
  }
  const sourceIds = [...document.spans, ...(document.events ?? []), ...(document.relations ?? [])].map((item) => item.id)
  const allocate = createIdAllocator(new Set(sourceIds.filter((id): id is string => id !== undefined && /^[TR][1-9]\d*$/.test(id))))
  const newIds = new Map<string, string>()
  const ambiguous = new Set<string>()
  const assign = (span: InterchangeSpan): string => {
    const id = allocate('T', span.id)
    if (span.id !== undefined) {
      if (newIds.has(span.id)) ambiguous.add(span.id)
      newIds.set(span.id, id)
    }
    return id
  }
  const resolve = (ref: string): string | undefined => (ambiguous.has(ref) ? undefined : newIds.get(ref))
  const textOf = (span: InterchangeSpan): string => document.text.slice(span.start, span.end)
  const keptAttributes = (span: InterchangeSpan, id: string): Record<string, string> => {
    const kept: Record<string, string> = {}
    for (const [name, value] of Object.entries(span.attributes ?? {})) {
      const problem = findAttributeProblem(schema, span.label, name, value)
      if (problem) notCarried(`${id} ${span.label} attribute ${name}=${JSON.stringify(value)}`, `the project schema: ${problem}`)
      else kept[name] = value
    }
    return kept
  }

  const entities: GoldEntity[] = []
  const events: GoldEvent[] = []
  const triggers = [
    ...document.spans.filter((span) => findLabel(schema, span.label)?.kind === 'event').map((span) => ({ ...span, arguments: [] })),
    ...(document.events ?? [])
  ]
  const triggerIds = triggers.map(assign)
  const boundsById = new Map<string, InterchangeSpan>(triggers.map((trigger, index) => [triggerIds[index] as string, trigger]))
  for (const span of document.spans) {
    if (findLabel(schema, span.label)?.kind === 'event') continue
    const id = assign(span)
    boundsById.set(id, span)
    entities.push({ id, start: span.start, end: span.end, label: span.label, text: textOf(span), attributes: keptAttributes(span, id) })
  }
  triggers.forEach((event, index) => {
    const id = triggerIds[index] as string
    const args = event.arguments.flatMap(({ role, ref }) => {
      const target = resolve(ref)
      const filler = target === undefined ? undefined : boundsById.get(target)
      if (target === undefined || !filler) {
        notCarried(`event ${describeSpan(document.text, event)} argument ${role}:${ref}`, `"${ref}" is no single span of the document`)
        return []
      }
      return [{ role, ref: target, start: filler.start, end: filler.end, text: textOf(filler) }]
    })
    events.push({ id, type: event.label, trigger: { start: event.start, end: event.end, text: textOf(event) }, arguments: args, attributes: keptAttributes(event, id) })
  })
  const relations: GoldRelation[] = []
  for (const relation of document.relations ?? []) {
    const head = resolve(relation.head)
    const tail = resolve(relation.tail)
    if (head === undefined || tail === undefined) {
      const missing = head === undefined ? relation.head : relation.tail
      notCarried(describeRelation(relation), `"${missing}" is no single span of the document`)
      continue
    }
    relations.push({ id: allocate('R', relation.id), type: relation.type, head, tail })
  }

  const record: GoldRecord = {
    id: document.id,
    text: document.text,
    sha256: options.sha256,
    offset_unit: 'utf16',
    entities,
    events,
    relations,
    meta: {
      annotator: options.annotator,
      status: 'in_progress',
      schema: { name: schema.name, version: schema.version },
      exported_at: options.exportedAt,
      format: GOLD_FORMAT,
      format_version: goldFormatVersionOf([...entities, ...events])
    }
  }
  return { record, report }
}
