import { schemaShape, type Schema } from './schema'
import { formatZodIssues } from './formatZodIssues'

/** Thrown when a schema does not validate; the message names the source and each problem. */
export class SchemaError extends Error {
  override readonly name = 'SchemaError'
}

/** Validates untrusted JSON as a schema. `source` names the file (or other origin) in errors. */
export function parseSchema(value: unknown, source: string): Schema {
  const result = schemaShape.safeParse(value)
  if (!result.success) {
    throw new SchemaError(`${source}: invalid schema: ${formatZodIssues(result.error.issues)}`)
  }
  return result.data
}
