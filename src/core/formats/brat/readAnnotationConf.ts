import { parseSchema, type AttributeDefinition, type RelationType, type Role, type Schema, type SpanType } from '../../schema'
import { NOTE_ATTRIBUTE, type ConversionIssue, type FormatError } from '../interchange'
import { BINARY_ATTRIBUTE_VALUE } from './readBratDocument'

/**
 * Colours given to brat types in declaration order (entities first, then events):
 * deterministic, so reading the same annotation.conf twice gives the same schema.
 * brat keeps its colours in visual.conf, which is not read.
 */
export const BRAT_TYPE_PALETTE = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#bfef45',
  '#fabed4', '#469990', '#dcbeff', '#9a6324', '#800000', '#aaffc3', '#808000', '#000075'
] as const

/** The attribute added to every schema read from annotation.conf, so that brat's `#` notes are carried. */
export const NOTE_ATTRIBUTE_DEFINITION: AttributeDefinition = {
  name: NOTE_ATTRIBUTE,
  appliesTo: 'all',
  kind: 'text',
  description: 'brat AnnotatorNotes (# lines)'
}

const SECTIONS = ['entities', 'relations', 'events', 'attributes'] as const
type Section = (typeof SECTIONS)[number]
const LABEL = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/

export interface AnnotationConfResult {
  /** Null when the file declares no usable entity or event type. */
  readonly schema: Schema | null
  readonly report: ConversionIssue[]
  readonly errors: FormatError[]
}

interface Declaration {
  readonly line: number
  readonly name: string
  /** The `Name:Value` fields after the name, split at commas. */
  readonly fields: string[]
}

/** `Role?:A|B` → name, suffix and type list; null when it is not of that form. */
function splitField(field: string): { name: string; suffix: string; types: string[] } | null {
  const match = /^(.+?)(\?|\*|\+|\{\d+(?:-\d+)?\})?:(.+)$/.exec(field)
  if (!match) return null
  return { name: match[1] ?? '', suffix: match[2] ?? '', types: (match[3] ?? '').split('|').filter((type) => type !== '') }
}

/** brat's role cardinality: none = exactly one, `?` 0–1, `*` 0+, `+` 1+, `{n}` / `{n-m}`. */
function cardinalityOf(suffix: string): Pick<Role, 'repeatable' | 'required'> & { exact: boolean } {
  const counted = /^\{(\d+)(?:-(\d+))?\}$/.exec(suffix)
  if (counted) {
    const min = Number(counted[1])
    const max = counted[2] === undefined ? min : Number(counted[2])
    return { required: min >= 1, repeatable: max > 1, exact: false }
  }
  return { required: suffix === '' || suffix === '+', repeatable: suffix === '*' || suffix === '+', exact: true }
}

/**
 * Reads brat's `annotation.conf` into a goldspan Schema: `[entities]` become entity
 * types and `[events]` event types (hierarchy flattened, abstract `!Type`s reported),
 * with their roles (`Role:Type|Type`; no suffix → required, `?` optional, `*` repeatable,
 * `+` required and repeatable); `[relations]` relation types (Arg1 → head, Arg2 → tail);
 * `[attributes]` attributes (a binary one takes the value `"true"`, `Value:a|b` lists
 * values). `<ENTITY>`, `<EVENT>`, `<ANY>` and `<MACRO>=…` definitions are expanded. A
 * `Note` text attribute for every type is added (brat notes need no declaration). What
 * the schema cannot hold (relation options, attributes of relations, exact role counts,
 * `<OVERLAP>` rules, undeclared types) is reported. `name` becomes the schema's name.
 */
export function readAnnotationConf(content: string, source: string, name = 'brat'): AnnotationConfResult {
  const report: ConversionIssue[] = []
  const errors: FormatError[] = []
  const declared: Record<Section, Declaration[]> = { entities: [], relations: [], events: [], attributes: [] }
  const macros = new Map<string, string[]>()
  const seen = new Set<string>()
  let section: Section | null = null
  const notCarried = (item: string, reason: string): void => {
    report.push({ document: source, item, reason })
  }

  content.split('\n').forEach((rawLine, index) => {
    const trimmed = rawLine.replace(/\r$/, '').trim()
    const line = index + 1
    if (trimmed === '' || trimmed.startsWith('#')) return
    const header = /^\[(\w+)\]$/.exec(trimmed)
    if (header) {
      const found = SECTIONS.find((known) => known === header[1])
      if (!found) errors.push({ source, line, reason: `unknown section [${header[1]}]` })
      section = found ?? null
      return
    }
    const macro = /^(<[^>]+>)\s*=\s*(.*)$/.exec(trimmed)
    if (macro) return void macros.set(macro[1] ?? '', (macro[2] ?? '').split('|').map((type) => type.trim()))
    if (section === null) return void errors.push({ source, line, reason: 'line outside any [section]' })
    // Separators only shape brat's menus.
    if (trimmed === '-') return
    const [typeName = '', ...rest] = trimmed.split(/\s+/)
    const fields = rest.join(' ').split(',').map((field) => field.trim()).filter((field) => field !== '')
    if (section === 'entities' || section === 'events') {
      const kind = section === 'entities' ? 'entity' : 'event'
      if (typeName.startsWith('!')) return notCarried(`${kind} type ${typeName}`, 'abstract brat type (grouping only), not annotatable')
      if (!LABEL.test(typeName)) {
        return void errors.push({ source, line, reason: `type "${typeName}" is not a valid goldspan label (letters, digits, "_", "-", ".")` })
      }
      if (seen.has(typeName)) return void errors.push({ source, line, reason: `type "${typeName}" declared twice` })
      seen.add(typeName)
    }
    declared[section].push({ line, name: typeName, fields })
  })

  const entityNames = declared.entities.map((declaration) => declaration.name)
  const eventNames = declared.events.map((declaration) => declaration.name)
  /** A type list with `<ENTITY>`, `<EVENT>`, `<ANY>` and macros expanded; names declared nowhere are reported. */
  const expand = (types: readonly string[], item: string, depth = 0): string[] => {
    const expanded = types.flatMap((type): string[] => {
      if (type === '<ENTITY>') return entityNames
      if (type === '<EVENT>') return eventNames
      if (type === '<ANY>') return [...entityNames, ...eventNames]
      const macro = macros.get(type)
      if (macro && depth < 8) return expand(macro, item, depth + 1)
      if (seen.has(type)) return [type]
      notCarried(`${item}: type ${type}`, 'not an entity or event type declared in this file')
      return []
    })
    return [...new Set(expanded)]
  }

  let colourIndex = 0
  const toSpanType = (typeName: string): SpanType => ({
    name: typeName,
    color: BRAT_TYPE_PALETTE[colourIndex++ % BRAT_TYPE_PALETTE.length] ?? BRAT_TYPE_PALETTE[0]
  })
  const entityTypes = entityNames.map(toSpanType)
  const eventTypes = declared.events.map((declaration) => {
    const roles = declaration.fields.flatMap((field): Role[] => {
      const item = `event type ${declaration.name} role ${field}`
      const parsed = splitField(field)
      if (!parsed || !LABEL.test(parsed.name)) {
        notCarried(item, 'not a role of the form Role:Type|Type with a valid goldspan name')
        return []
      }
      const types = expand(parsed.types, item)
      if (types.length === 0) {
        notCarried(item, 'no declared type can fill it')
        return []
      }
      const { exact, ...cardinality } = cardinalityOf(parsed.suffix)
      if (!exact) notCarried(item, `the count ${parsed.suffix} is kept only as required/repeatable`)
      return [{ name: parsed.name, types, ...(cardinality.repeatable ? { repeatable: true } : {}), ...(cardinality.required ? { required: true } : {}) }]
    })
    return { ...toSpanType(declaration.name), ...(roles.length > 0 ? { roles } : {}) }
  })
  if (entityTypes.length + eventTypes.length === 0) {
    errors.push({ source, line: 1, reason: 'no entity or event type declared' })
    return { schema: null, report, errors }
  }
  const relationTypes = readRelationTypes(declared.relations, seen, expand, notCarried)
  const attributes = readAttributes(declared.attributes, new Set(relationTypes.map((type) => type.name)), expand, notCarried)
  try {
    const schema = parseSchema(
      {
        version: 1,
        name,
        entityTypes,
        eventTypes,
        ...(relationTypes.length > 0 ? { relationTypes } : {}),
        attributes: attributes.some((attribute) => attribute.name === NOTE_ATTRIBUTE) ? attributes : [...attributes, NOTE_ATTRIBUTE_DEFINITION]
      },
      source
    )
    return { schema, report, errors }
  } catch (error) {
    errors.push({ source, line: 1, reason: (error as Error).message })
    return { schema: null, report, errors }
  }
}

type Expand = (types: readonly string[], item: string) => string[]
type NotCarried = (item: string, reason: string) => void

/** `[relations]`: `name Arg1:Types, Arg2:Types[, <OPTION>:value]`; one name on several lines is merged. */
function readRelationTypes(declarations: readonly Declaration[], typeNames: ReadonlySet<string>, expand: Expand, notCarried: NotCarried): RelationType[] {
  const relationTypes: RelationType[] = []
  for (const { name, fields } of declarations) {
    const item = `relation ${name} ${fields.join(', ')}`
    if (name === '<OVERLAP>') {
      notCarried(item, 'brat overlap rules: goldspan always lets spans overlap')
      continue
    }
    if (!LABEL.test(name) || typeNames.has(name)) {
      notCarried(item, typeNames.has(name) ? 'its name is already an entity or event type' : 'not a valid goldspan name')
      continue
    }
    const parsed = fields.map((field) => ({ field, split: splitField(field) }))
    for (const option of parsed.filter(({ split }) => split?.name.startsWith('<'))) notCarried(`${item}: ${option.field}`, 'brat relation options are not carried')
    const ends = parsed.filter(({ split }) => split && !split.name.startsWith('<'))
    const [head, tail] = ends.map(({ split }) => expand(split?.types ?? [], item))
    if (ends.length !== 2 || !head || !tail || head.length === 0 || tail.length === 0) {
      notCarried(item, 'a relation type needs two arguments with declared types')
      continue
    }
    const earlier = relationTypes.findIndex((type) => type.name === name)
    const existing = relationTypes[earlier]
    if (existing) {
      notCarried(item, `${name} is declared on several lines: goldspan keeps one head and one tail list, merged`)
      relationTypes[earlier] = { ...existing, head: [...new Set([...existing.head, ...head])], tail: [...new Set([...existing.tail, ...tail])] }
    } else relationTypes.push({ name, head, tail })
  }
  return relationTypes
}

/** `[attributes]`: `Name Arg:Types[, Value:a|b]`; without `Value` the attribute is binary (`"true"`). */
function readAttributes(declarations: readonly Declaration[], relationNames: ReadonlySet<string>, expand: Expand, notCarried: NotCarried): AttributeDefinition[] {
  const attributes: AttributeDefinition[] = []
  for (const { name, fields } of declarations) {
    const item = `attribute ${name} ${fields.join(', ')}`
    const parsed = fields.map(splitField)
    const target = parsed.find((field) => field?.name === 'Arg')
    const values = parsed.find((field) => field?.name === 'Value')
    if (!LABEL.test(name) || !target || parsed.some((field) => !field || (field.name !== 'Arg' && field.name !== 'Value'))) {
      notCarried(item, 'not of the form Name Arg:Types[, Value:a|b] with a valid goldspan name')
      continue
    }
    const onRelations = target.types.filter((type) => type === '<RELATION>' || relationNames.has(type))
    if (onRelations.length > 0) notCarried(`${item}: ${onRelations.join('|')}`, 'attributes of relations are not carried')
    const spanTypes = target.types.filter((type) => !onRelations.includes(type))
    const appliesTo = spanTypes.includes('<ANY>') ? 'all' : expand(spanTypes, item)
    if (appliesTo !== 'all' && appliesTo.length === 0) {
      notCarried(item, 'applies to no declared entity or event type')
      continue
    }
    const valueList = values ? values.types.map((value) => value.replace(/<[^>]*>.*$/, '')).filter((value) => value !== '') : [BINARY_ATTRIBUTE_VALUE]
    attributes.push({ name, appliesTo, values: valueList })
  }
  return attributes
}
