export { schemaShape } from './schema'
export type { AttributeDefinition, EntityType, EventType, LabelKind, RelationType, Role, Schema, SpanType } from './schema'
export { parseSchema, SchemaError } from './parseSchema'
export { formatZodIssues } from './formatZodIssues'
export { findLabel } from './labelKind'
export {
  allowedRelationTypes,
  allowedRoles,
  attributesFor,
  findAttributeProblem,
  findRelationTypeProblem,
  findRoleProblem,
  rolesOf
} from './linkRules'
export { defaultSchema } from './defaultSchema'
export { conflictNewsSchema } from './conflictNewsSchema'
