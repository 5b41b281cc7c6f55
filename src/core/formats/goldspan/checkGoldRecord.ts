import type { Schema } from '../../schema'
import { findAttributeProblem, findLabel, findRelationTypeProblem, findRoleProblem, rolesOf } from '../../schema'
import { carriesSuggestedBy, GOLD_FORMAT_VERSION, type GoldRecord } from './goldRecord'
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
 * dangling argument and relation references, an event as its own argument, a relation
 * from a span to itself; and, when a schema is given, labels it does not declare for
 * that kind, roles the event type lacks or that do not take the argument's type, a role
 * that is not repeatable filled twice, relation types and ends it does not allow, and
 * attributes or values it does not declare. (Required roles left empty are not a
 * problem: the text may not say who or where.) Returns an empty list for a sound record.
 */
export function checkGoldRecord(record: GoldRecord, schema?: Schema): string[] {
  const problems: string[] = []
  if (record.meta.format_version < GOLD_FORMAT_VERSION && carriesSuggestedBy([...record.entities, ...record.events])) {
    problems.push(`suggested_by needs format_version ${GOLD_FORMAT_VERSION}, but the line says ${record.meta.format_version}`)
  }
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
  const labels = new Map<string, string>([
    ...record.entities.map((entity) => [entity.id, entity.label] as const),
    ...record.events.map((event) => [event.id, event.type] as const)
  ])

  // References are checked once every span is known: an argument may point to a later event.
  for (const event of record.events) {
    event.arguments.forEach((argument, index) => {
      const name = `event "${event.id}" argument ${index} (${argument.role})`
      const target = spansById.get(argument.ref)
      if (!target) {
        problems.push(`${name}: ref "${argument.ref}" is not an entity or event of this document`)
        return
      }
      if (argument.ref === event.id) problems.push(`${name}: an event cannot be its own argument`)
      const roleProblem = schema && findRoleProblem(schema, event.type, argument.role, labels.get(argument.ref) as string)
      if (roleProblem) problems.push(`${name}: ${roleProblem}`)
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
    if (relation.head === relation.tail) problems.push(`relation "${relation.id}": links "${relation.head}" to itself`)
    const head = labels.get(relation.head)
    const tail = labels.get(relation.tail)
    const typeProblem = schema && head && tail && findRelationTypeProblem(schema, relation.type, head, tail)
    if (typeProblem) problems.push(`relation "${relation.id}": ${typeProblem}`)
  }
  if (schema) problems.push(...findSchemaOnlyProblems(record, schema))
  return problems
}

/** Repeated roles that may not repeat, and attributes the schema does not declare for the label. */
function findSchemaOnlyProblems(record: GoldRecord, schema: Schema): string[] {
  const problems: string[] = []
  for (const event of record.events) {
    for (const role of rolesOf(schema, event.type)) {
      const count = event.arguments.filter((argument) => argument.role === role.name).length
      if (count > 1 && role.repeatable !== true) problems.push(`event "${event.id}": role ${role.name} is filled ${count} times but is not repeatable`)
    }
  }
  const attributed = [
    ...record.entities.map((entity) => ({ name: `entity "${entity.id}"`, label: entity.label, attributes: entity.attributes ?? {} })),
    ...record.events.map((event) => ({ name: `event "${event.id}"`, label: event.type, attributes: event.attributes }))
  ]
  for (const { name, label, attributes } of attributed) {
    for (const [attribute, value] of Object.entries(attributes)) {
      const problem = findAttributeProblem(schema, label, attribute, value)
      if (problem) problems.push(`${name}: ${problem}`)
    }
  }
  return problems
}
