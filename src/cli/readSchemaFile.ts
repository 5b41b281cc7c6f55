import { formatError } from '../core/formats/interchange'
import { readAnnotationConf } from '../core/formats/brat'
import { parseSchema, type Schema } from '../core/schema'
import { CliError } from './cliError'
import { readTextFile } from './readTextFile'

/** A schema from brat's annotation.conf; what it cannot hold is listed on stderr, malformed lines stop. */
async function readBratSchema(path: string): Promise<Schema> {
  const { schema, report, errors } = readAnnotationConf(await readTextFile(path), path)
  for (const error of errors) process.stderr.write(`${formatError(error)}\n`)
  if (!schema || errors.length > 0) throw new CliError(`${path}: ${errors.length} problem(s) in the brat annotation.conf (listed above)`)
  for (const { item, reason } of report) process.stderr.write(`not carried: ${path}: ${item}: ${reason}\n`)
  return schema
}

/** Reads a schema from a schema JSON file, the `schema` of a project's goldspan.json, or brat's `*.conf`. */
export async function readSchemaFile(path: string): Promise<Schema> {
  if (path.endsWith('.conf')) return readBratSchema(path)
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
