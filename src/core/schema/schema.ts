import { z } from 'zod'

/** Label names travel into brat, CoNLL and spaCy files, so they keep to a portable alphabet. */
const labelName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'must start with a letter and use only letters, digits, "_", "-" or "." (max 64)')

const spanType = z
  .object({
    name: labelName,
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour'),
    hotkey: z
      .string()
      .regex(/^[a-z0-9]$/, 'must be one lowercase letter or digit')
      .optional(),
    description: z.string().max(2000).optional()
  })
  .strict()

export const schemaShape = z
  .object({
    version: z.literal(1),
    name: z.string().min(1).max(200),
    entityTypes: z.array(spanType),
    eventTypes: z.array(spanType)
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
  })

export type Schema = z.infer<typeof schemaShape>
export type SpanType = Schema['entityTypes'][number]
export type LabelKind = 'entity' | 'event'
