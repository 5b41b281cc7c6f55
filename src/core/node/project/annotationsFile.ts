import { Buffer } from 'node:buffer'
import { findLinkErrors, findSpanProblem } from '../../annotations'
import { documentAnnotationsShape } from '../../api'
import { ANNOTATION_FILE_VERSION, type CorpusDocument, GOLD_ANNOTATOR, type DocumentAnnotations, type Span, type SpanProvenance } from '../../model'
import { formatZodIssues, type Schema } from '../../schema'
import { AnnotationFileError } from '../errors'
import { SafeJsonFile } from '../safeJsonFile'

/** What an annotation file must agree with. */
export interface AnnotationsContext {
  readonly document: CorpusDocument
  readonly annotator: string
  readonly schema: Schema
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The order spans are stored in: by start, end, label, then id. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.label, b.label) || compareStrings(a.id, b.id)
}

/** An annotator's starting point on a document. */
export function emptyAnnotations(document: CorpusDocument, annotator: string): DocumentAnnotations {
  return {
    version: ANNOTATION_FILE_VERSION,
    documentId: document.id,
    sha256: document.sha256,
    annotator,
    status: 'todo',
    offsetUnit: 'utf16',
    spans: [],
    relations: []
  }
}

/** Throws Error(reason) when one span cannot be stored in the file of `context`. */
export function checkSpan(span: Span, { document, annotator, schema }: AnnotationsContext): void {
  if (span.provenance && annotator !== GOLD_ANNOTATOR) {
    throw new Error(`span "${span.id}" has review provenance, which only the "${GOLD_ANNOTATOR}" layer may carry (this file is annotator "${annotator}"'s)`)
  }
  const problem = findSpanProblem(document.text, span, schema)
  if (problem) throw new Error(`span "${span.id}" (${span.start}-${span.end} ${span.label}): ${problem}`)
}

/** Throws Error(reason) when annotations claim another document, annotator or text than `context`. */
export function checkHeader(annotations: Omit<DocumentAnnotations, 'spans'>, { document, annotator }: AnnotationsContext): void {
  if (annotations.documentId !== document.id) {
    throw new Error(`documentId "${annotations.documentId}" does not match document "${document.id}"`)
  }
  if (annotations.annotator !== annotator) {
    throw new Error(`annotator "${annotations.annotator}" does not match "${annotator}"`)
  }
  if (annotations.sha256 !== document.sha256) {
    throw new Error(`sha256 ${annotations.sha256} does not match the document's text (${document.sha256}); the offsets were made on another text`)
  }
}

/**
 * Checks untrusted data as the annotations of `context`: the file shape, the document,
 * annotator and sha256 it claims, unique span ids, every span against the text and
 * schema, and events and relations for link errors (dangling or duplicate ids; see
 * `findLinkProblems`). A version-1 file comes out as version 2. Returns it normalised
 * (keys in fixed order, spans sorted); throws Error(reason).
 */
export function validateAnnotations(value: unknown, context: AnnotationsContext): DocumentAnnotations {
  const result = documentAnnotationsShape.safeParse(value)
  if (!result.success) throw new Error(`invalid annotations: ${formatZodIssues(result.error.issues)}`)
  const annotations = result.data
  checkHeader(annotations, context)
  const ids = new Set<string>()
  for (const span of annotations.spans) {
    if (ids.has(span.id)) throw new Error(`duplicate span id "${span.id}"`)
    ids.add(span.id)
    checkSpan(span, context)
  }
  const linkErrors = findLinkErrors(annotations, context.schema)
  if (linkErrors) throw new Error(linkErrors)
  return normalizeAnnotations(annotations)
}

function orderProvenance({ agreedBy, adjudicator, decidedAt, decision }: SpanProvenance): SpanProvenance {
  return { agreedBy: [...agreedBy], adjudicator, decidedAt, decision }
}

/** One span with its keys in the stored order. */
export function normalizeSpan(span: Span): Span {
  return {
    id: span.id,
    start: span.start,
    end: span.end,
    label: span.label,
    annotator: span.annotator,
    created: span.created,
    updated: span.updated,
    ...(span.attributes && Object.keys(span.attributes).length > 0 ? { attributes: span.attributes } : {}),
    ...(span.arguments && span.arguments.length > 0 ? { arguments: span.arguments.map(({ role, ref }) => ({ role, ref })) } : {}),
    ...(span.provenance ? { provenance: orderProvenance(span.provenance) } : {}),
    ...(span.suggestedBy ? { suggestedBy: { model: span.suggestedBy.model, suggestion: span.suggestedBy.suggestion } } : {})
  }
}

/** Rebuilds the value with keys in the stored order and spans sorted, so files diff cleanly. */
export function normalizeAnnotations(annotations: DocumentAnnotations): DocumentAnnotations {
  return {
    version: annotations.version,
    documentId: annotations.documentId,
    sha256: annotations.sha256,
    annotator: annotations.annotator,
    status: annotations.status,
    offsetUnit: annotations.offsetUnit,
    spans: [...annotations.spans].sort(compareSpans).map(normalizeSpan),
    relations: annotations.relations.map(({ id, type, head, tail }) => ({ id, type, head, tail })),
    ...(annotations.rejectedSuggestions && annotations.rejectedSuggestions.length > 0 ? { rejectedSuggestions: [...annotations.rejectedSuggestions].sort() } : {})
  }
}

/** The file's text: 2-space JSON with a trailing newline. */
export function serializeAnnotations(annotations: DocumentAnnotations): string {
  return `${JSON.stringify(normalizeAnnotations(annotations), null, 2)}\n`
}

const utf8 = new TextEncoder()
const SEPARATOR = ',\n'

/** Where one span's UTF-8 bytes in the file, separator included, are: `bytes[start, end)`. */
interface SpanBytes {
  readonly bytes: Uint8Array
  readonly start: number
  readonly end: number
}

/**
 * Each span's bytes in the file (indented as an element of `spans`, followed by the
 * separator), by span object: a range of the file a whole save wrote, or bytes of its own.
 * Stored spans are never changed in place, and a save of changes keeps the unchanged span
 * objects of the version it applies to, so a 10k-span file is written from these bytes,
 * a few ranges long, instead of stringifying and encoding 2 MB again.
 */
const spanBytes = new WeakMap<Span, SpanBytes>()

function bytesOfSpan(span: Span): SpanBytes {
  let found = spanBytes.get(span)
  if (found === undefined) {
    const bytes = utf8.encode(`    ${JSON.stringify(normalizeSpan(span), null, 2).replaceAll('\n', '\n    ')}${SEPARATOR}`)
    found = { bytes, start: 0, end: bytes.length }
    spanBytes.set(span, found)
  }
  return found
}

const SPANS_START = Buffer.from('\n  "spans": [\n')
// Strings hold no raw newline and the lines inside a span are indented by 6 or more: this
// is the end of a span and of nothing else.
const SPAN_END = Buffer.from('\n    }')

/**
 * The file of `annotations` (its spans `sorted`) encoded at once, which for new span
 * objects (a whole save) takes half the time of span by span; each span's range in it is
 * then kept (all but the last, which has no separator after it).
 */
function wholeFileBytes(annotations: DocumentAnnotations, sorted: readonly Span[]): Uint8Array {
  const bytes = utf8.encode(serializeAnnotations(annotations))
  const search = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  let start = search.indexOf(SPANS_START) + SPANS_START.length
  for (const span of sorted.slice(0, -1)) {
    const end = search.indexOf(SPAN_END, start) + SPAN_END.length + SEPARATOR.length
    spanBytes.set(span, { bytes, start, end })
    start = end
  }
  return bytes
}

const EMPTY_SPANS = '\n  "spans": [],'

/**
 * `serializeAnnotations` as UTF-8 bytes, byte for byte, in pieces to write in order (one
 * `writev`). Only the spans not written before are stringified; the `spans` array, as
 * runs of spans lying one after the other in the same bytes, is spliced into the rest.
 */
export function annotationFileParts(annotations: DocumentAnnotations): Uint8Array[] {
  const spans = [...annotations.spans].sort(compareSpans)
  if (spans.length === 0 || spans.filter((span) => !spanBytes.has(span)).length > spans.length / 2) return [wholeFileBytes(annotations, spans)]
  const skeleton = JSON.stringify(normalizeAnnotations({ ...annotations, spans: [] }), null, 2)
  // The values before "spans" are JSON strings, whose quotes and newlines are escaped: the only match is the key.
  const at = skeleton.indexOf(EMPTY_SPANS)
  const parts: Uint8Array[] = [utf8.encode(`${skeleton.slice(0, at)}\n  "spans": [\n`)]
  let run = bytesOfSpan(spans[0] as Span)
  for (const span of spans.slice(1)) {
    const next = bytesOfSpan(span)
    if (next.bytes === run.bytes && next.start === run.end) {
      run = { bytes: run.bytes, start: run.start, end: next.end }
    } else {
      parts.push(run.bytes.subarray(run.start, run.end))
      run = next
    }
  }
  parts.push(run.bytes.subarray(run.start, run.end - SEPARATOR.length), utf8.encode(`\n  ],${skeleton.slice(at + EMPTY_SPANS.length)}\n`))
  return parts
}

/** The lowdb adapter of one annotation file; every problem is an AnnotationFileError naming it. */
export function annotationsFile(file: string, context: AnnotationsContext): SafeJsonFile<DocumentAnnotations> {
  return new SafeJsonFile(file, {
    validate: (value) => validateAnnotations(value, context),
    serialize: annotationFileParts,
    toError: (errorFile, reason) => new AnnotationFileError(errorFile, reason)
  })
}
