import { join } from 'node:path'
import { z } from 'zod'
import { formatZodIssues, schemaShape, type Schema } from '../../schema'
import { ProjectError } from '../errors'
import { SafeJsonFile } from '../safeJsonFile'
import { assertAnnotatorName } from './annotationPath'

export const PROJECT_CONFIG_FILE = 'goldspan.json'

const sourceShape = z
  .object({
    /** Relative to the project folder (with "/") when inside it, else absolute. */
    path: z.string().min(1),
    kind: z.enum(['folder', 'jsonl'])
  })
  .strict()

const documentEntryShape = z
  .object({
    id: z.string().min(1).max(256),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
    /** The `sources[].path` the document was imported from. */
    source: z.string().min(1)
  })
  .strict()

export const projectConfigShape = z
  .object({
    version: z.literal(1),
    name: z.string().min(1).max(200),
    schema: schemaShape,
    sources: z.array(sourceShape),
    documents: z.array(documentEntryShape),
    annotators: z.array(z.string())
  })
  .strict()
  .superRefine((config, ctx) => {
    const sourcePaths = new Set(config.sources.map((source) => source.path))
    const seen = new Set<string>()
    config.documents.forEach((document, index) => {
      if (seen.has(document.id)) ctx.addIssue({ code: 'custom', path: ['documents', index, 'id'], message: `duplicate document id "${document.id}"` })
      seen.add(document.id)
      if (!sourcePaths.has(document.source)) {
        ctx.addIssue({ code: 'custom', path: ['documents', index, 'source'], message: `"${document.source}" is not one of the sources` })
      }
    })
    config.annotators.forEach((name, index) => {
      try {
        assertAnnotatorName(name)
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['annotators', index], message: (error as Error).message })
      }
    })
  })

/** The content of `goldspan.json`. */
export type ProjectConfig = z.infer<typeof projectConfigShape>
export type CorpusSource = ProjectConfig['sources'][number]
export type DocumentEntry = ProjectConfig['documents'][number]

/** The value without its undefined keys, so optional fields stay absent from the file. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}

function orderedSchema(schema: Schema): Schema {
  const orderedType = (type: Schema['entityTypes'][number]) =>
    defined({ name: type.name, color: type.color, hotkey: type.hotkey, description: type.description })
  const orderedRoles = (roles: NonNullable<Schema['eventTypes'][number]['roles']>) =>
    roles.map((role) => defined({ name: role.name, types: role.types, repeatable: role.repeatable, required: role.required, description: role.description }))
  return defined({
    version: schema.version,
    name: schema.name,
    entityTypes: schema.entityTypes.map(orderedType),
    eventTypes: schema.eventTypes.map((type) => defined({ ...orderedType(type), roles: type.roles && orderedRoles(type.roles) })),
    relationTypes: schema.relationTypes?.map((type) =>
      defined({ name: type.name, color: type.color, head: type.head, tail: type.tail, description: type.description })
    ),
    attributes: schema.attributes?.map((attribute) =>
      defined({ name: attribute.name, appliesTo: attribute.appliesTo, values: attribute.values, kind: attribute.kind, description: attribute.description })
    )
  })
}

/** goldspan.json text: keys in a fixed order, 2-space indent, trailing newline. */
export function serializeProjectConfig(config: ProjectConfig): string {
  const ordered: ProjectConfig = {
    version: config.version,
    name: config.name,
    schema: orderedSchema(config.schema),
    sources: config.sources.map((source) => ({ path: source.path, kind: source.kind })),
    documents: config.documents.map((document) => ({ id: document.id, sha256: document.sha256, source: document.source })),
    annotators: [...config.annotators].sort()
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

export function projectConfigPath(dir: string): string {
  return join(dir, PROJECT_CONFIG_FILE)
}

/** The lowdb adapter of goldspan.json: throws ProjectError naming the file on any problem. */
export function projectConfigFile(dir: string): SafeJsonFile<ProjectConfig> {
  return new SafeJsonFile(projectConfigPath(dir), {
    validate: (value) => {
      const result = projectConfigShape.safeParse(value)
      if (!result.success) throw new Error(`invalid project file: ${formatZodIssues(result.error.issues)}`)
      return result.data
    },
    serialize: serializeProjectConfig,
    toError: (file, reason) => new ProjectError(`${file}: ${reason}`)
  })
}
