import { z } from 'zod'
import { checkSchemaReferences } from './checkSchemaReferences'

/** Label names travel into brat, CoNLL and spaCy files, so they keep to a portable alphabet. */
const labelName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'must start with a letter and use only letters, digits, "_", "-" or "." (max 64)')

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour')
const description = z.string().max(2000).optional()

const entityType = z
  .object({
    name: labelName,
    color,
    hotkey: z
      .string()
      .regex(/^[a-z0-9]$/, 'must be one lowercase letter or digit')
      .optional(),
    description
  })
  .strict()

/** A role of an event type: which entity or event types may fill it, how often. */
const roleShape = z
  .object({
    name: labelName,
    /** Entity or event type names accepted as the argument. */
    types: z.array(labelName).min(1),
    /** More than one argument may fill it (e.g. the participants of a clash). */
    repeatable: z.boolean().optional(),
    /** The editor lists it as missing until it is filled; it never blocks a save. */
    required: z.boolean().optional(),
    description
  })
  .strict()

const eventType = entityType.extend({ roles: z.array(roleShape).optional() }).strict()

/** A directed relation type: `head` and `tail` list the span labels each end accepts. */
const relationTypeShape = z
  .object({ name: labelName, color: color.optional(), head: z.array(labelName).min(1), tail: z.array(labelName).min(1), description })
  .strict()

/** An attribute of spans: a closed list of `values`, or free text (`kind: "text"`). */
const attributeShape = z
  .object({
    name: labelName,
    appliesTo: z.union([z.literal('all'), z.array(labelName).min(1)]),
    values: z.array(z.string().min(1).max(64)).min(1).optional(),
    kind: z.literal('text').optional(),
    description
  })
  .strict()
  .refine((attribute) => (attribute.values === undefined) !== (attribute.kind === undefined), {
    message: 'give either "values" (a list) or "kind": "text", not both or neither'
  })

/**
 * A project's label schema. `roles`, `relationTypes` and `attributes` came with events
 * (issue 5) and are optional, so version-1 schemas without them stay valid as they are;
 * read them through `rolesOf`, `allowedRoles`, `allowedRelationTypes` and `attributesFor`.
 */
export const schemaShape = z
  .object({
    version: z.literal(1),
    name: z.string().min(1).max(200),
    entityTypes: z.array(entityType),
    eventTypes: z.array(eventType),
    relationTypes: z.array(relationTypeShape).optional(),
    attributes: z.array(attributeShape).optional()
  })
  .strict()
  .superRefine((schema, ctx) => {
    const seenNames = new Map<string, string>()
    const seenHotkeys = new Map<string, string>()
    const groups = [
      ['entityTypes', schema.entityTypes],
      ['eventTypes', schema.eventTypes]
    ] as const
    for (const [group, types] of groups) {
      types.forEach((type, index) => {
        const otherName = seenNames.get(type.name)
        if (otherName) {
          ctx.addIssue({ code: 'custom', path: [group, index, 'name'], message: `duplicate label "${type.name}" (also at ${otherName})` })
        }
        seenNames.set(type.name, `${group}[${index}]`)
        if (type.hotkey) {
          const otherKey = seenHotkeys.get(type.hotkey)
          if (otherKey) {
            ctx.addIssue({ code: 'custom', path: [group, index, 'hotkey'], message: `hotkey "${type.hotkey}" already used by ${otherKey}` })
          }
          seenHotkeys.set(type.hotkey, type.name)
        }
      })
    }
    if (schema.entityTypes.length + schema.eventTypes.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'a schema needs at least one entity or event type' })
    }
    for (const issue of checkSchemaReferences(schema)) ctx.addIssue({ code: 'custom', ...issue })
  })

export type Schema = z.infer<typeof schemaShape>
export type EntityType = Schema['entityTypes'][number]
export type EventType = Schema['eventTypes'][number]
/** An entity or event type: what a span's label names. */
export type SpanType = EntityType | EventType
export type Role = NonNullable<EventType['roles']>[number]
export type RelationType = NonNullable<Schema['relationTypes']>[number]
export type AttributeDefinition = NonNullable<Schema['attributes']>[number]
export type LabelKind = 'entity' | 'event'
