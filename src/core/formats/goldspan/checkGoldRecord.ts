import type { Schema } from '../../schema'
import { findLabel } from '../../schema'
import type { GoldRecord } from './goldRecord'
import { createUnitText, describeUnit, type UnitText } from './unitText'

interface StatedSpan {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Why a span's offsets or text do not fit the record's text, or null. `name` is e.g. `entity "T1"`. */
function findStatedSpanProblem(unitText: UnitText, name: string, span: StatedSpan): string | null {
  const { start, end } = span
  const where = `${name} ${start}-${end}`
  if (end <= start) return `${where}: empty or reversed span`
  if (end > unitText.length) {
    return `${where}: outside the text (length ${unitText.length} ${describeUnit(unitText.unit)})`
  }
  if (unitText.splitsCharacter(start)) return `${where}: start splits a surrogate pair`
  if (unitText.splitsCharacter(end)) return `${where}: end splits a surrogate pair`
  const actual = unitText.slice(start, end)
  if (actual !== span.text) {
    return `${where}: text is ${JSON.stringify(span.text)} but text[${start}:${end}] in ${describeUnit(unitText.unit)} is ${JSON.stringify(actual)}`
  }
  return null
}

/**
 * Every reason a well-shaped record is not self-consistent: offsets outside the text or
 * not matching the quoted span text (in the record's `offset_unit`), duplicate span ids,
 * dangling argument and relation references, and, when a schema is given, labels it
 * does not declare for that kind. Returns an empty list for a sound record.
 */
export function checkGoldRecord(record: GoldRecord, schema?: Schema): string[] {
  const problems: string[] = []
  const unitText = createUnitText(record.text, record.offset_unit)
  const spansById = new Map<string, StatedSpan>()
  const seenIds = new Set<string>()
  const noteId = (kind: string, id: string): void => {
    if (seenIds.has(id)) problems.push(`duplicate span id "${id}" (${kind})`)
    seenIds.add(id)
  }
  const check = (name: string, span: StatedSpan): void => {
    const problem = findStatedSpanProblem(unitText, name, span)
    if (problem) problems.push(problem)
  }

  for (const entity of record.entities) {
    noteId('entity', entity.id)
    spansById.set(entity.id, entity)
    check(`entity "${entity.id}"`, entity)
    if (schema) {
      const found = findLabel(schema, entity.label)
      if (!found) problems.push(`entity "${entity.id}": unknown label "${entity.label}"`)
      else if (found.kind !== 'entity') problems.push(`entity "${entity.id}": "${entity.label}" is an event type, not an entity type`)
    }
  }
  for (const event of record.events) {
    noteId('event', event.id)
    spansById.set(event.id, event.trigger)
    check(`event "${event.id}" trigger`, event.trigger)
    if (schema) {
      const found = findLabel(schema, event.type)
      if (!found) problems.push(`event "${event.id}": unknown type "${event.type}"`)
      else if (found.kind !== 'event') problems.push(`event "${event.id}": "${event.type}" is an entity type, not an event type`)
    }
  }
  for (const relation of record.relations) noteId('relation', relation.id)

  // References are checked once every span is known: an argument may point to a later event.
  for (const event of record.events) {
    event.arguments.forEach((argument, index) => {
      const name = `event "${event.id}" argument ${index} (${argument.role})`
      const target = spansById.get(argument.ref)
      if (!target) {
        problems.push(`${name}: ref "${argument.ref}" is not an entity or event of this document`)
        return
      }
      if (target.start !== argument.start || target.end !== argument.end) {
        problems.push(`${name}: offsets ${argument.start}-${argument.end} differ from "${argument.ref}" (${target.start}-${target.end})`)
        return
      }
      check(name, argument)
    })
  }
  for (const relation of record.relations) {
    for (const end of ['head', 'tail'] as const) {
      if (!spansById.has(relation[end])) {
        problems.push(`relation "${relation.id}": ${end} "${relation[end]}" is not an entity or event of this document`)
      }
    }
  }
  return problems
}
