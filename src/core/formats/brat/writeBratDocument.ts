import {
  describeEvent,
  describeRelation,
  describeSpan,
  NOTE_ATTRIBUTE,
  type ConversionIssue,
  type InterchangeDocument,
  type InterchangeSpan
} from '../interchange'
import { compareSpans } from '../nonOverlapping'
import { createUnitOffsets } from '../unitOffsets'
import { BINARY_ATTRIBUTE_VALUE } from './readBratDocument'

export interface BratFiles {
  /** Content for `<id>.txt`: the document text unchanged. */
  readonly text: string
  /** Content for `<id>.ann`. */
  readonly ann: string
  readonly report: ConversionIssue[]
}

/** Splits `[start, end)` at line breaks: brat keeps each line of a multi-line span as a fragment. */
function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const fragments: Array<[number, number]> = []
  for (const match of text.slice(start, end).matchAll(/[^\r\n]+/g)) {
    fragments.push([start + match.index, start + match.index + match[0].length])
  }
  return fragments
}

/** Hands out `<prefix><n>` ids, keeping a given id of that form while it is free. */
function createNumbering(prefix: string, wanted: ReadonlyArray<string | undefined>): (id: string | undefined) => string {
  const pattern = new RegExp(`^${prefix}[1-9]\\d*$`)
  const kept = new Set(wanted.filter((id): id is string => id !== undefined && pattern.test(id)))
  const used = new Set<string>()
  let next = Math.max(0, ...[...kept].map((id) => Number(id.slice(prefix.length)))) + 1
  return (id) => {
    const chosen = id !== undefined && kept.has(id) && !used.has(id) ? id : `${prefix}${next++}`
    used.add(chosen)
    return chosen
  }
}

/** A repeated role is numbered as brat does: `Theme`, `Theme2`, `Theme3`. */
function numberRoles(args: ReadonlyArray<{ role: string; ref: string }>): Array<{ role: string; ref: string }> {
  const seen = new Map<string, number>()
  return args.map(({ role, ref }) => {
    const count = (seen.get(role) ?? 0) + 1
    seen.set(role, count)
    return { role: count === 1 ? role : `${role}${count}`, ref }
  })
}

/**
 * Writes one document as brat standoff, offsets in code points: a `T` line per span and
 * per event trigger, an `E` line per event (repeated roles numbered `Role2`, …), an `R`
 * line per relation (`Arg1` head, `Arg2` tail), an `A` line per attribute (binary when
 * its value is `"true"`), and `#` AnnotatorNotes for the `Note` attribute. Ids `T<n>` and
 * `R<n>` are kept; events are numbered `E1`, … in text order. A span over a line break is
 * written as one fragment per line (brat's own convention, merged back on reading) and
 * reported; what brat cannot hold (a value with whitespace, a note over several lines, a
 * span of line breaks only and what points to it) is reported.
 */
export function writeBratDocument(document: InterchangeDocument): BratFiles {
  const offsets = createUnitOffsets(document.text, 'codepoint')
  const report: ConversionIssue[] = []
  const notCarried = (item: string, reason: string): void => {
    report.push({ document: document.id, item, reason })
  }
  const events = [...(document.events ?? [])].sort(compareSpans)
  const eventIds = new Set(events.map((event) => event.id))
  const written = [...document.spans, ...events].sort(compareSpans)
  const numberT = createNumbering('T', written.map((span) => span.id))
  const numberE = createNumbering('E', [])
  const numberR = createNumbering('R', (document.relations ?? []).map((relation) => relation.id))
  /** What a source id is called in the `.ann`: `T<n>` for a span, `E<n>` for an event. */
  const bratIdOf = new Map<string, string>()
  const lines: string[] = []

  const tIdOf = new Map<InterchangeSpan, string>()
  for (const span of written) {
    const fragments = fragmentsOf(document.text, span.start, span.end)
    if (fragments.length === 0) {
      notCarried(`span ${describeSpan(document.text, span)}`, 'covers only line breaks, which brat cannot mark')
      continue
    }
    const tId = numberT(span.id)
    tIdOf.set(span, tId)
    if (span.id !== undefined && !eventIds.has(span.id)) bratIdOf.set(span.id, tId)
    if (fragments.length > 1) {
      notCarried(`span ${describeSpan(document.text, span)}`, `crosses a line break: written as ${fragments.length} brat fragments`)
    }
    const offsetsField = fragments.map(([start, end]) => `${offsets.fromUtf16(start)} ${offsets.fromUtf16(end)}`).join(';')
    const quoted = fragments.map(([start, end]) => document.text.slice(start, end)).join(' ')
    lines.push(`${tId}\t${span.label} ${offsetsField}\t${quoted}`)
  }
  for (const event of events) if (tIdOf.has(event)) bratIdOf.set(event.id, numberE(event.id))

  for (const event of events) {
    const trigger = tIdOf.get(event)
    const eId = bratIdOf.get(event.id)
    if (!trigger || !eId) {
      notCarried(describeEvent(document.text, event), 'its trigger could not be written')
      continue
    }
    const args = event.arguments.filter(({ role, ref }) => {
      if (bratIdOf.has(ref)) return true
      notCarried(`${describeEvent(document.text, event)}: argument ${role}:${ref}`, `${ref} is not written`)
      return false
    })
    const roles = numberRoles(args).map(({ role, ref }) => ` ${role}:${bratIdOf.get(ref) as string}`)
    lines.push(`${eId}\t${event.label}:${trigger}${roles.join('')}`)
  }
  for (const relation of document.relations ?? []) {
    const head = bratIdOf.get(relation.head)
    const tail = bratIdOf.get(relation.tail)
    if (!head || !tail) notCarried(describeRelation(relation), `${head ? relation.tail : relation.head} is not written`)
    else lines.push(`${numberR(relation.id)}\t${relation.type} Arg1:${head} Arg2:${tail}`)
  }

  let attributeNumber = 0
  let noteNumber = 0
  for (const span of written) {
    const target = span.id === undefined ? undefined : bratIdOf.get(span.id)
    for (const [name, value] of Object.entries(span.attributes ?? {})) {
      const item = `${span.id ?? ''} ${span.label} attribute ${name}=${JSON.stringify(value)}`.trim()
      if (!target) notCarried(item, 'its span is not written')
      else if (name === NOTE_ATTRIBUTE) {
        if (/[\r\n]/.test(value)) notCarried(item, 'a brat note holds one line')
        else lines.push(`#${++noteNumber}\tAnnotatorNotes ${target}\t${value}`)
      } else if (value === BINARY_ATTRIBUTE_VALUE) lines.push(`A${++attributeNumber}\t${name} ${target}`)
      else if (/\s/.test(value) || value === '') notCarried(item, 'brat attribute values are single words')
      else lines.push(`A${++attributeNumber}\t${name} ${target} ${value}`)
    }
  }
  return { text: document.text, ann: lines.map((line) => `${line}\n`).join(''), report }
}
