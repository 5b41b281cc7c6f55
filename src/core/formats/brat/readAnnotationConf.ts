import { parseSchema, type Schema, type SpanType } from '../../schema'
import type { ConversionIssue, FormatError } from '../interchange'

/**
 * Colours given to brat types in declaration order (entities first, then events):
 * deterministic, so reading the same annotation.conf twice gives the same schema.
 * brat keeps its colours in visual.conf, which is not read.
 */
export const BRAT_TYPE_PALETTE = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#bfef45',
  '#fabed4', '#469990', '#dcbeff', '#9a6324', '#800000', '#aaffc3', '#808000', '#000075'
] as const

const SECTIONS = ['entities', 'relations', 'events', 'attributes'] as const
type Section = (typeof SECTIONS)[number]
const SINGULAR: Record<Section, string> = { entities: 'entity', relations: 'relation', events: 'event', attributes: 'attribute' }

export interface AnnotationConfResult {
  /** Null when the file declares no usable entity or event type. */
  readonly schema: Schema | null
  readonly report: ConversionIssue[]
  readonly errors: FormatError[]
}

/**
 * Reads brat's `annotation.conf` into a goldspan Schema: `[entities]` become entity
 * types, `[events]` event types (hierarchy flattened, abstract `!Type`s skipped).
 * Event roles, `[relations]` and `[attributes]` are reported: the schema has no
 * place for them yet. `name` becomes the schema's name.
 */
export function readAnnotationConf(content: string, source: string, name = 'brat'): AnnotationConfResult {
  const report: ConversionIssue[] = []
  const errors: FormatError[] = []
  const declared: Record<'entities' | 'events', string[]> = { entities: [], events: [] }
  const seen = new Set<string>()
  let section: Section | null = null
  const notCarried = (item: string, reason: string): void => {
    report.push({ document: source, item, reason })
  }

  content.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '')
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const header = /^\[(\w+)\]$/.exec(trimmed)
    if (header) {
      const found = SECTIONS.find((known) => known === header[1])
      if (!found) errors.push({ source, line: index + 1, reason: `unknown section [${header[1]}]` })
      section = found ?? null
      return
    }
    // Macros (<NAME>=…) and separators (-) only shape brat's menus.
    if (/^<[^>]+>\s*=/.test(trimmed) || trimmed === '-' || section === null) {
      if (section === null) errors.push({ source, line: index + 1, reason: 'line outside any [section]' })
      return
    }
    if (section === 'relations' || section === 'attributes') {
      notCarried(`${SINGULAR[section]} ${trimmed.replace(/\s+/g, ' ')}`, `brat ${section} are not carried by the schema yet`)
      return
    }
    const [typeField = '', ...argumentFields] = trimmed.split(/\s+/)
    if (typeField.startsWith('!')) {
      notCarried(`${SINGULAR[section]} type ${typeField}`, 'abstract brat type (grouping only), not annotatable')
      return
    }
    if (!/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(typeField)) {
      errors.push({ source, line: index + 1, reason: `type "${typeField}" is not a valid goldspan label (letters, digits, "_", "-", ".")` })
      return
    }
    if (seen.has(typeField)) {
      errors.push({ source, line: index + 1, reason: `type "${typeField}" declared twice` })
      return
    }
    seen.add(typeField)
    declared[section].push(typeField)
    if (argumentFields.length > 0) {
      notCarried(`${SINGULAR[section]} type ${typeField} ${argumentFields.join(' ')}`, 'roles are not carried by the schema yet')
    }
  })

  let colourIndex = 0
  const toSpanType = (typeName: string): SpanType => ({
    name: typeName,
    color: BRAT_TYPE_PALETTE[colourIndex++ % BRAT_TYPE_PALETTE.length] ?? BRAT_TYPE_PALETTE[0]
  })
  const entityTypes = declared.entities.map(toSpanType)
  const eventTypes = declared.events.map(toSpanType)
  if (entityTypes.length + eventTypes.length === 0) {
    errors.push({ source, line: 1, reason: 'no entity or event type declared' })
    return { schema: null, report, errors }
  }
  try {
    return { schema: parseSchema({ version: 1, name, entityTypes, eventTypes }, source), report, errors }
  } catch (error) {
    errors.push({ source, line: 1, reason: (error as Error).message })
    return { schema: null, report, errors }
  }
}
