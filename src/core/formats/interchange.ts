/**
 * The neutral shape every foreign format is read into and written from.
 *
 * Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive, on
 * `text` exactly as read. Each format converts from and to its own unit at its edge.
 */
export interface InterchangeSpan {
  /** The source format's id when it has one (brat `T3`, Label Studio result id). Arguments and relations point to it. */
  readonly id?: string
  readonly start: number
  readonly end: number
  readonly label: string
  /**
   * Attribute values by attribute name. brat's binary attributes have the value `"true"`;
   * brat `#` AnnotatorNotes travel as the attribute named `Note` (NOTE_ATTRIBUTE).
   */
  readonly attributes?: Readonly<Record<string, string>>
}

/** One argument of an event: the span or event whose id is `ref` fills `role`. */
export interface InterchangeArgument {
  readonly role: string
  readonly ref: string
}

/**
 * An event is its trigger span, as in goldspan: the span's id is the event's id (what
 * arguments and relations point to), its label the event type, and it holds the arguments.
 */
export interface InterchangeEvent extends InterchangeSpan {
  readonly id: string
  readonly arguments: readonly InterchangeArgument[]
}

/** A directed relation from the span or event `head` to `tail` (ids). */
export interface InterchangeRelation {
  readonly id?: string
  readonly type: string
  readonly head: string
  readonly tail: string
}

/**
 * One document. `spans` are entity mentions (and, from formats that cannot tell, triggers
 * without an event structure); `events` and `relations` are absent when the format has none.
 */
export interface InterchangeDocument {
  readonly id: string
  readonly text: string
  readonly spans: readonly InterchangeSpan[]
  readonly events?: readonly InterchangeEvent[]
  readonly relations?: readonly InterchangeRelation[]
}

/** The attribute that carries brat's `#` AnnotatorNotes (see docs/formats.md). */
export const NOTE_ATTRIBUTE = 'Note'

/**
 * One item a format could not carry, in either direction: an event in doccano, an
 * overlap in BIO, a discontinuous brat span in goldspan. Nothing is dropped without one.
 */
export interface ConversionIssue {
  /** The document's id. */
  readonly document: string
  /** What was not carried, e.g. `E1 Attack:T2 Attacker:T1` or `span PER 10-15`. */
  readonly item: string
  readonly reason: string
}

export type ConversionReport = readonly ConversionIssue[]

/** Malformed input: the whole line or record is skipped. `line` is 1-based. */
export interface FormatError {
  readonly source: string
  readonly line: number
  readonly reason: string
}

/** What every `read…` function returns. Errors never abort the other documents. */
export interface ReadResult {
  readonly documents: InterchangeDocument[]
  readonly report: ConversionIssue[]
  readonly errors: FormatError[]
}

/** What every `write…` function returns: the file content and what it could not carry. */
export interface WriteResult {
  readonly output: string
  readonly report: ConversionIssue[]
}

/** `source:line: reason`, the form every Goldspan error takes. */
export function formatError(error: FormatError): string {
  return `${error.source}:${error.line}: ${error.reason}`
}

/** How a span is named in reports: label, offsets (UTF-16) and the text it covers. */
export function describeSpan(text: string, span: InterchangeSpan): string {
  const id = span.id ? `${span.id} ` : ''
  return `${id}${span.label} ${span.start}-${span.end} ${JSON.stringify(text.slice(span.start, span.end))}`
}

/** How an event is named in reports: trigger, type and arguments. */
export function describeEvent(text: string, event: InterchangeEvent): string {
  const roles = event.arguments.map(({ role, ref }) => ` ${role}:${ref}`).join('')
  return `event ${describeSpan(text, event)}${roles}`
}

/** How a relation is named in reports. */
export function describeRelation(relation: InterchangeRelation): string {
  return `relation ${relation.id ? `${relation.id} ` : ''}${relation.type} ${relation.head}->${relation.tail}`
}
