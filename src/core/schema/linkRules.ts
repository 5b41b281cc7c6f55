import { findLabel } from './labelKind'
import type { AttributeDefinition, RelationType, Role, Schema } from './schema'

/** The roles an event type declares (none for an unknown or entity label). */
export function rolesOf(schema: Schema, eventType: string): readonly Role[] {
  return schema.eventTypes.find((type) => type.name === eventType)?.roles ?? []
}

/** The roles of `eventType` that a span labelled `argumentLabel` may fill, in schema order. */
export function allowedRoles(schema: Schema, eventType: string, argumentLabel: string): readonly Role[] {
  return rolesOf(schema, eventType).filter((role) => role.types.includes(argumentLabel))
}

/** Why `argumentLabel` cannot fill `role` of `eventType`, or null when the schema allows it. */
export function findRoleProblem(schema: Schema, eventType: string, role: string, argumentLabel: string): string | null {
  const declared = rolesOf(schema, eventType).find((candidate) => candidate.name === role)
  if (!declared) return `${eventType} has no role "${role}"`
  if (!declared.types.includes(argumentLabel)) return `role ${role} of ${eventType} takes ${declared.types.join(', ')}, not ${argumentLabel}`
  return null
}

/** The relation types that may link a span labelled `headLabel` to one labelled `tailLabel`. */
export function allowedRelationTypes(schema: Schema, headLabel: string, tailLabel: string): readonly RelationType[] {
  return (schema.relationTypes ?? []).filter((type) => type.head.includes(headLabel) && type.tail.includes(tailLabel))
}

/** Why a relation of `type` cannot go from `headLabel` to `tailLabel`, or null. */
export function findRelationTypeProblem(schema: Schema, type: string, headLabel: string, tailLabel: string): string | null {
  const declared = (schema.relationTypes ?? []).find((candidate) => candidate.name === type)
  if (!declared) return `unknown relation type "${type}"`
  if (!declared.head.includes(headLabel)) return `${type} starts from ${declared.head.join(', ')}, not ${headLabel}`
  if (!declared.tail.includes(tailLabel)) return `${type} points to ${declared.tail.join(', ')}, not ${tailLabel}`
  return null
}

/** The attributes a span labelled `label` may carry, in schema order. */
export function attributesFor(schema: Schema, label: string): readonly AttributeDefinition[] {
  return (schema.attributes ?? []).filter((attribute) => attribute.appliesTo === 'all' || attribute.appliesTo.includes(label))
}

/** Why a span labelled `label` cannot have attribute `name` = `value`, or null. */
export function findAttributeProblem(schema: Schema, label: string, name: string, value: string): string | null {
  const declared = attributesFor(schema, label).find((attribute) => attribute.name === name)
  if (!declared) return `${findLabel(schema, label) ? label : `"${label}"`} has no attribute "${name}"`
  if (declared.values && !declared.values.includes(value)) {
    return `attribute ${name} takes ${declared.values.map((allowed) => JSON.stringify(allowed)).join(', ')}, not ${JSON.stringify(value)}`
  }
  return null
}
