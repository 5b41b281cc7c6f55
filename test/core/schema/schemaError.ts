import { expect } from 'vitest'
import { parseSchema, SchemaError } from '../../../src/core/schema'

/** The message parseSchema gives for `value`; fails the test if it accepts it or throws anything else. */
export function schemaError(value: unknown): string {
  try {
    parseSchema(value, 'schema.json')
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError)
    return (error as Error).message
  }
  throw new Error('expected a SchemaError')
}
