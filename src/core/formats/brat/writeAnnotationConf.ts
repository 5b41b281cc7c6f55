import type { AttributeDefinition, Role, Schema } from '../../schema'
import { NOTE_ATTRIBUTE, type ConversionIssue } from '../interchange'
import { BINARY_ATTRIBUTE_VALUE } from './readBratDocument'

/** brat's cardinality suffix for a role: the reverse of readAnnotationConf. */
function roleSuffix(role: Role): string {
  if (role.repeatable) return role.required ? '+' : '*'
  return role.required ? '' : '?'
}

/** The `[attributes]` line of one attribute, or the reason brat cannot declare it. */
function attributeLine(attribute: AttributeDefinition): string | { reason: string } {
  const target = `Arg:${attribute.appliesTo === 'all' ? '<ANY>' : attribute.appliesTo.join('|')}`
  if (!attribute.values) return { reason: 'free-text attributes have no brat declaration' }
  if (attribute.values.length === 1 && attribute.values[0] === BINARY_ATTRIBUTE_VALUE) return `${attribute.name}\t${target}`
  const unfit = attribute.values.filter((value) => /[\s,|:<>]/.test(value))
  if (unfit.length > 0) return { reason: `values ${unfit.map((value) => JSON.stringify(value)).join(', ')} cannot be brat values (space , | : < >)` }
  return `${attribute.name}\t${target}, Value:${attribute.values.join('|')}`
}

/**
 * brat's `annotation.conf` for a schema, so an exported brat collection opens with its
 * types declared: entity types, event types with their roles (`?`, `*`, `+` as
 * readAnnotationConf reads them), relation types (`Arg1` head, `Arg2` tail, plus
 * `<OVERLAP>` so overlapping entities display), and attributes (the `Note` attribute is
 * written as `#` notes, which need no declaration). What brat cannot declare (free-text
 * attributes, values with spaces) is reported under `source`. Colours belong in brat's
 * `visual.conf` and are not written.
 */
export function buildAnnotationConf(schema: Schema, source = 'annotation.conf'): { conf: string; report: ConversionIssue[] } {
  const report: ConversionIssue[] = []
  const attributeLines = (schema.attributes ?? [])
    .filter((attribute) => attribute.name !== NOTE_ATTRIBUTE)
    .flatMap((attribute) => {
      const line = attributeLine(attribute)
      if (typeof line === 'string') return [line]
      report.push({ document: source, item: `attribute ${attribute.name}`, reason: line.reason })
      return []
    })
  const conf = [
    `# Written by Goldspan from schema "${schema.name}" (version ${schema.version})`,
    '[entities]',
    ...schema.entityTypes.map((type) => type.name),
    '',
    '[relations]',
    ...(schema.relationTypes ?? []).map((type) => `${type.name}\tArg1:${type.head.join('|')}, Arg2:${type.tail.join('|')}`),
    // This declaration lets entities overlap, as goldspan does.
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    ...schema.eventTypes.map((type) => {
      const roles = (type.roles ?? []).map((role) => `${role.name}${roleSuffix(role)}:${role.types.join('|')}`)
      return roles.length > 0 ? `${type.name}\t${roles.join(', ')}` : type.name
    }),
    '',
    '[attributes]',
    ...attributeLines,
    ''
  ].join('\n')
  return { conf, report }
}

/** The `annotation.conf` text alone; buildAnnotationConf also says what brat cannot declare. */
export function writeAnnotationConf(schema: Schema): string {
  return buildAnnotationConf(schema).conf
}
