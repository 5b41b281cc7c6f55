import {
  NOTE_ATTRIBUTE,
  type ConversionIssue,
  type FormatError,
  type InterchangeArgument,
  type InterchangeEvent,
  type InterchangeRelation,
  type InterchangeSpan,
  type ReadResult
} from '../interchange'
import { createUnitOffsets } from '../unitOffsets'
import { parseAnnLine, type AnnArgument, type AnnLine, type Fragment } from './parseAnnLine'

export interface BratDocumentInput {
  /** Document id, usually the file name without `.txt`/`.ann`. */
  readonly id: string
  /** Content of the `.txt` file, exactly as read. */
  readonly text: string
  /** Content of the `.ann` file. */
  readonly ann: string
  /** Names the `.ann` file in errors. */
  readonly annSource: string
}

/** The value a binary brat attribute (`A1 Negation E1`) takes in goldspan. */
export const BINARY_ATTRIBUTE_VALUE = 'true'

/**
 * A multi-line selection is stored by brat as one fragment per line. Fragments whose
 * gaps hold only line breaks are one contiguous span and are merged back.
 */
function mergeAcrossLineBreaks(fragments: readonly Fragment[], codePoints: readonly string[]): Fragment[] {
  const merged: Fragment[] = []
  for (const fragment of fragments) {
    const last = merged[merged.length - 1]
    const gap = last ? codePoints.slice(last[1], fragment[0]) : []
    if (last && fragment[0] >= last[1] && gap.length > 0 && gap.every((char) => char === '\n' || char === '\r')) {
      merged[merged.length - 1] = [last[0], fragment[1]]
    } else {
      merged.push(fragment)
    }
  }
  return merged
}

/**
 * brat numbers a repeated role `Theme`, `Theme2`, `Theme3`: the number is dropped when the
 * event also has the plain role, so that goldspan sees one repeatable role.
 */
function unnumberRoles(args: readonly AnnArgument[]): AnnArgument[] {
  const roles = new Set(args.map((argument) => argument.role))
  return args.map(({ role, ref }) => {
    const match = /^(.*\D)([2-9]|[1-9]\d+)$/.exec(role)
    return match?.[1] && roles.has(match[1]) ? { role: match[1], ref } : { role, ref }
  })
}

type Line = { readonly number: number; readonly text: string; readonly parsed: AnnLine }

/**
 * Reads one brat standoff document (`.txt` + `.ann`). Offsets in `.ann` are code points
 * (brat is Python). `T` lines become spans after their quoted text is checked; an `E`
 * line makes its trigger `T` an event (the event takes the trigger's id, so arguments and
 * relations that name `E1` point to that id), with its arguments; `R` lines become
 * relations (Arg1 → Arg2); `A`/`M` lines attributes (binary ones `"true"`); `#
 * AnnotatorNotes` the `Note` attribute. Discontinuous spans, `N`, `*`, a second event on
 * one trigger, and whatever points to something not carried are reported. A malformed
 * line, or one naming an id the file lacks, is an error naming the `.ann` line.
 */
export function readBratDocument(input: BratDocumentInput): ReadResult {
  const { id, text, annSource } = input
  const offsets = createUnitOffsets(text, 'codepoint')
  const codePoints = Array.from(text)
  const report: ConversionIssue[] = []
  const errors: FormatError[] = []
  const lines: Line[] = []
  const seenIds = new Set<string>()
  input.ann.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '')
    if (line.trim() === '') return
    const parsed = parseAnnLine(line)
    if (typeof parsed === 'string') return errors.push({ source: annSource, line: index + 1, reason: parsed })
    if (parsed.id !== '*' && seenIds.has(parsed.id)) {
      return errors.push({ source: annSource, line: index + 1, reason: `duplicate annotation id "${parsed.id}"` })
    }
    seenIds.add(parsed.id)
    lines.push({ number: index + 1, text: line.replace(/\t/g, ' '), parsed })
  })
  const fail = (line: Line, reason: string): void => {
    errors.push({ source: annSource, line: line.number, reason })
  }
  const notCarried = (item: string, reason: string): void => {
    report.push({ document: id, item, reason })
  }

  // T lines first: everything else points to them.
  const spans = new Map<string, InterchangeSpan>()
  /** Ids read but not carried (discontinuous T, E on a used trigger…): what points to them is reported, not an error. */
  const dropped = new Set<string>()
  for (const line of lines) {
    const annotation = line.parsed
    if (annotation.kind !== 'T') continue
    const { fragments } = annotation
    if (fragments.some(([, end]) => end > codePoints.length)) {
      fail(line, `${annotation.id}: offsets ${fragments.map((pair) => pair.join(' ')).join(';')} are outside the text (length ${codePoints.length} code points)`)
      continue
    }
    const actual = fragments.map(([start, end]) => codePoints.slice(start, end).join('')).join(' ')
    if (annotation.quoted !== undefined && annotation.quoted !== actual) {
      fail(line, `${annotation.id}: text is ${JSON.stringify(annotation.quoted)} but the offsets cover ${JSON.stringify(actual)}`)
      continue
    }
    const merged = mergeAcrossLineBreaks(fragments, codePoints)
    const [first] = merged
    if (!first || merged.length > 1) {
      dropped.add(annotation.id)
      notCarried(line.text, `discontinuous span (${merged.length} fragments) cannot be carried by goldspan`)
      continue
    }
    spans.set(annotation.id, { id: annotation.id, start: offsets.toUtf16(first[0]), end: offsets.toUtf16(first[1]), label: annotation.label })
  }

  // An event is known by its trigger's id; `E` ids are mapped to it.
  const eventIdOf = new Map<string, string>()
  const usedTriggers = new Set<string>()
  const eventLines: Array<{ line: Line; trigger: InterchangeSpan; arguments: readonly AnnArgument[] }> = []
  for (const line of lines) {
    const annotation = line.parsed
    if (annotation.kind !== 'E') continue
    const trigger = spans.get(annotation.trigger)
    if (!trigger) {
      if (dropped.has(annotation.trigger)) {
        dropped.add(annotation.id)
        notCarried(line.text, `its trigger ${annotation.trigger} is not carried`)
      } else fail(line, `${annotation.id}: trigger "${annotation.trigger}" is no T annotation of ${annSource}`)
      continue
    }
    if (trigger.label !== annotation.type) {
      fail(line, `${annotation.id}: event type ${annotation.type} differs from its trigger ${annotation.trigger}'s type ${trigger.label}`)
      continue
    }
    if (usedTriggers.has(annotation.trigger)) {
      dropped.add(annotation.id)
      notCarried(line.text, `trigger ${annotation.trigger} already makes another event; goldspan holds one event per trigger`)
      continue
    }
    eventIdOf.set(annotation.id, annotation.trigger)
    usedTriggers.add(annotation.trigger)
    eventLines.push({ line, trigger, arguments: unnumberRoles(annotation.arguments) })
  }
  /** The id a reference resolves to, `null` when it names something not carried, or `undefined` when it names nothing. */
  const resolve = (ref: string): string | null | undefined => {
    if (spans.has(ref)) return ref
    const eventId = eventIdOf.get(ref)
    if (eventId !== undefined) return eventId
    return dropped.has(ref) ? null : undefined
  }

  const events: InterchangeEvent[] = []
  for (const { line, trigger, arguments: args } of eventLines) {
    const kept: InterchangeArgument[] = []
    for (const { role, ref } of args) {
      const target = resolve(ref)
      if (target === undefined) fail(line, `${line.parsed.id}: argument ${role}:${ref} names no T or E annotation of ${annSource}`)
      else if (target === null) notCarried(`${line.text}: argument ${role}:${ref}`, `${ref} is not carried`)
      else kept.push({ role, ref: target })
    }
    events.push({ ...trigger, id: trigger.id as string, arguments: kept })
  }
  const eventsById = new Map(events.map((event) => [event.id, event]))

  const relations: InterchangeRelation[] = []
  const attributes = new Map<string, Record<string, string>>()
  const setAttribute = (line: Line, targetRef: string, name: string, value: string, what: string): void => {
    const target = resolve(targetRef)
    if (target === undefined) return fail(line, `${line.parsed.id}: target "${targetRef}" names no T or E annotation of ${annSource}`)
    if (target === null) return notCarried(line.text, `${what} of ${targetRef}, which is not carried`)
    const values = attributes.get(target) ?? {}
    if (values[name] !== undefined) return notCarried(line.text, `${targetRef} already has ${name === NOTE_ATTRIBUTE ? 'a note' : `attribute ${name}`}; goldspan holds one value`)
    attributes.set(target, { ...values, [name]: value })
  }
  // Attributes and notes may point to relations, notes and the like, which hold none in goldspan.
  const otherIds = new Set(lines.filter(({ parsed }) => parsed.kind !== 'T' && parsed.kind !== 'E').map(({ parsed }) => parsed.id))
  for (const line of lines) {
    const annotation = line.parsed
    switch (annotation.kind) {
      case 'R': {
        const head = resolve(annotation.head)
        const tail = resolve(annotation.tail)
        if (head === undefined || tail === undefined) fail(line, `${annotation.id}: argument "${head === undefined ? annotation.head : annotation.tail}" names no T or E annotation of ${annSource}`)
        else if (head === null || tail === null) notCarried(line.text, `${head === null ? annotation.head : annotation.tail} is not carried`)
        else relations.push({ id: annotation.id, type: annotation.type, head, tail })
        break
      }
      case 'A':
        if (otherIds.has(annotation.target)) notCarried(line.text, 'attributes are carried on T and E annotations only')
        else setAttribute(line, annotation.target, annotation.name, annotation.value ?? BINARY_ATTRIBUTE_VALUE, 'attribute')
        break
      case 'note':
        if (annotation.noteType !== 'AnnotatorNotes') notCarried(line.text, `only AnnotatorNotes notes are carried, not ${annotation.noteType}`)
        else if (otherIds.has(annotation.target)) notCarried(line.text, 'notes are carried on T and E annotations only')
        else setAttribute(line, annotation.target, NOTE_ATTRIBUTE, annotation.note, 'note')
        break
      case 'reported':
        notCarried(line.text, annotation.reason)
        break
      default:
        break
    }
  }

  const withAttributes = <S extends InterchangeSpan>(span: S): S => {
    const values = span.id === undefined ? undefined : attributes.get(span.id)
    return values ? { ...span, attributes: values } : span
  }
  // Lines are checked in passes (T, then E, then the rest): list errors in file order.
  errors.sort((a, b) => a.line - b.line)
  const entitySpans = [...spans.values()].filter((span) => !eventsById.has(span.id as string)).map(withAttributes)
  return { documents: [{ id, text, spans: entitySpans, events: events.map(withAttributes), relations }], report, errors }
}
