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
  const { document, annotator, schema } = context
  if (annotations.documentId !== document.id) {
    throw new Error(`documentId "${annotations.documentId}" does not match document "${document.id}"`)
  }
  if (annotations.annotator !== annotator) {
    throw new Error(`annotator "${annotations.annotator}" does not match "${annotator}"`)
  }
  if (annotations.sha256 !== document.sha256) {
    throw new Error(`sha256 ${annotations.sha256} does not match the document's text (${document.sha256}); the offsets were made on another text`)
  }
  const ids = new Set<string>()
  for (const span of annotations.spans) {
    if (ids.has(span.id)) throw new Error(`duplicate span id "${span.id}"`)
    ids.add(span.id)
    if (span.provenance && annotator !== GOLD_ANNOTATOR) {
      throw new Error(`span "${span.id}" has review provenance, which only the "${GOLD_ANNOTATOR}" layer may carry (this file is annotator "${annotator}"'s)`)
    }
    const problem = findSpanProblem(document.text, span, schema)
    if (problem) throw new Error(`span "${span.id}" (${span.start}-${span.end} ${span.label}): ${problem}`)
  }
  const linkErrors = findLinkErrors(annotations, schema)
  if (linkErrors) throw new Error(linkErrors)
  return normalizeAnnotations(annotations)
}

function orderProvenance({ agreedBy, adjudicator, decidedAt, decision }: SpanProvenance): SpanProvenance {
  return { agreedBy: [...agreedBy], adjudicator, decidedAt, decision }
}

function normalizeSpan(span: Span): Span {
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
    ...(span.provenance ? { provenance: orderProvenance(span.provenance) } : {})
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
    relations: annotations.relations.map(({ id, type, head, tail }) => ({ id, type, head, tail }))
  }
}

/**
 * Each span's text in the file (indented as an element of `spans`), by span object. Span
 * objects are never changed in place, and a save of changes keeps the unchanged ones, so
 * a 10k-span file is written by joining strings instead of stringifying 1.5 MB again.
 */
const spanTexts = new WeakMap<Span, string>()

function spanText(span: Span): string {
  let text = spanTexts.get(span)
  if (text === undefined) {
    text = `    ${JSON.stringify(normalizeSpan(span), null, 2).replaceAll('\n', '\n    ')}`
    spanTexts.set(span, text)
  }
  return text
}

const EMPTY_SPANS = '\n  "spans": [],'

/** The file's text: 2-space JSON with a trailing newline (what `JSON.stringify(normalizeAnnotations(…), null, 2)` gives). */
export function serializeAnnotations(annotations: DocumentAnnotations): string {
  const spans = [...annotations.spans].sort(compareSpans)
  const skeleton = JSON.stringify(normalizeAnnotations({ ...annotations, spans: [] }), null, 2)
  if (spans.length === 0) return `${skeleton}\n`
  // The values before "spans" are JSON strings, with their quotes and newlines escaped: the match is the key.
  const at = skeleton.indexOf(EMPTY_SPANS)
  const list = `\n  "spans": [\n${spans.map(spanText).join(',\n')}\n  ],`
  return `${skeleton.slice(0, at)}${list}${skeleton.slice(at + EMPTY_SPANS.length)}\n`
}

/** The lowdb adapter of one annotation file; every problem is an AnnotationFileError naming it. */
export function annotationsFile(file: string, context: AnnotationsContext): SafeJsonFile<DocumentAnnotations> {
  return new SafeJsonFile(file, {
    validate: (value) => validateAnnotations(value, context),
    serialize: serializeAnnotations,
    toError: (errorFile, reason) => new AnnotationFileError(errorFile, reason)
  })
}
