import { parseSchema, type Schema } from '../core/schema'
import { CliError } from './cliError'
import { readTextFile } from './readTextFile'

/** Reads a schema from a schema JSON file or from the `schema` of a project's goldspan.json. */
export async function readSchemaFile(path: string): Promise<Schema> {
  let value: unknown
  try {
    value = JSON.parse(await readTextFile(path))
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`${path}: invalid JSON: ${(error as Error).message}`)
  }
  const isProjectConfig = typeof value === 'object' && value !== null && 'schema' in value && !('entityTypes' in value)
  return isProjectConfig ? parseSchema((value as { schema: unknown }).schema, `${path} (schema)`) : parseSchema(value, path)
}
