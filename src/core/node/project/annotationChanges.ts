import { describeLinkErrors, findEventProblems, findRelationProblems } from '../../annotations'
import type { DocumentAnnotations, Span } from '../../model'
import type { Schema } from '../../schema'
import { checkHeader, checkSpan, compareSpans, normalizeAnnotations, normalizeSpan, type AnnotationsContext } from './annotationsFile'

/** What changed in a document since a saved version: its value without spans, and the spans put or removed. */
export interface AnnotationChanges {
  readonly annotations: Omit<DocumentAnnotations, 'spans'>
  /** Spans added or changed, whole. */
  readonly putSpans: readonly Span[]
  readonly removedSpanIds: readonly string[]
}

/**
 * A valid version (as validateAnnotations returns it: spans sorted, ids unique, no link
 * errors under `schema`) with its spans by id, so that changes are applied without
 * indexing 10k spans again for every save.
 */
export interface IndexedAnnotations {
  readonly annotations: DocumentAnnotations
  readonly schema: Schema
  readonly spansById: Map<string, Span>
}

export function indexAnnotations(annotations: DocumentAnnotations, schema: Schema): IndexedAnnotations {
  return { annotations, schema, spansById: new Map(annotations.spans.map((span) => [span.id, span])) }
}

/** Above this many changed spans one sort is cheaper than a splice per span. */
const MAX_SPLICED = 64

/** The index of `span` in `sorted` (ordered by compareSpans, ids unique), or where it would go. */
function lowerBound(sorted: readonly Span[], span: Span): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareSpans(sorted[middle] as Span, span) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/** `sorted` without the spans `gone` (all of them in it) and with `added`, still sorted. */
function replaceSpans(sorted: readonly Span[], gone: readonly Span[], added: readonly Span[]): Span[] {
  if (gone.length + added.length > MAX_SPLICED) {
    const dropped = new Set(gone)
    return [...sorted.filter((span) => !dropped.has(span)), ...added].sort(compareSpans)
  }
  const spans = [...sorted]
  for (const span of gone) spans.splice(lowerBound(spans, span), 1)
  for (const span of added) spans.splice(lowerBound(spans, span), 0, span)
  return spans
}

/**
 * The link errors of `annotations` (as findLinkErrors reports them) when only the events
 * `checked` can have any besides the relations: those are checked against just the spans
 * they name, found with `lookup`, instead of against an index of every span.
 */
function findLinkErrorsOf(annotations: DocumentAnnotations, checked: readonly Span[], lookup: (id: string) => Span | undefined, schema: Schema): string {
  const named = new Map<string, Span>()
  const name = (id: string): void => {
    const span = lookup(id)
    if (span) named.set(id, span)
  }
  for (const span of checked) {
    named.set(span.id, span)
    for (const argument of span.arguments ?? []) name(argument.ref)
  }
  // A relation's id must not be a span's: the span of that id, if any, is named too.
  for (const relation of annotations.relations) [relation.id, relation.head, relation.tail].forEach(name)
  const involved = { ...annotations, spans: [...named.values()] }
  return describeLinkErrors([...findEventProblems(involved, schema, checked), ...findRelationProblems(involved, schema)])
}

/**
 * `base` with `changes` applied, checked as validateAnnotations checks a whole value: the
 * header, each changed span, unique ids and link errors. The base has no link errors, so
 * only the changed events, the events naming a removed span and the relations can have
 * any (the whole document is checked when the schema is not the base's). Throws
 * Error(reason) and leaves `base` as it was; on success `base.spansById` becomes the
 * result's, so the base must not be used again.
 */
export function applyAnnotationChanges(base: IndexedAnnotations, changes: AnnotationChanges, context: AnnotationsContext): IndexedAnnotations {
  checkHeader(changes.annotations, context)
  const { spansById } = base
  const removed = new Set<string>()
  for (const id of changes.removedSpanIds) {
    if (removed.has(id) || !spansById.has(id)) throw new Error(`cannot remove span "${id}": the saved version has no such span`)
    removed.add(id)
  }
  const put = new Map<string, Span>()
  for (const span of changes.putSpans) {
    if (put.has(span.id)) throw new Error(`duplicate span id "${span.id}"`)
    checkSpan(span, context)
    put.set(span.id, normalizeSpan(span))
  }
  const gone = [...new Set([...removed, ...put.keys()])].flatMap((id) => spansById.get(id) ?? [])
  const spans = replaceSpans(base.annotations.spans, gone, [...put.values()])
  const annotations = { ...normalizeAnnotations({ ...changes.annotations, spans: [] }), spans }
  const lookup = (id: string): Span | undefined => put.get(id) ?? (removed.has(id) ? undefined : spansById.get(id))
  const naming = (span: Span): boolean => span.arguments !== undefined && span.arguments.some(({ ref }) => removed.has(ref) && !put.has(ref))
  const hasArguments = (span: Span): boolean => span.arguments !== undefined && span.arguments.length > 0
  const checked =
    base.schema !== context.schema
      ? spans.filter(hasArguments)
      : [...put.values(), ...(removed.size > 0 ? spans.filter(naming) : [])].filter(hasArguments).sort(compareSpans)
  const linkErrors = findLinkErrorsOf(annotations, [...new Set(checked)], lookup, context.schema)
  if (linkErrors) throw new Error(linkErrors)
  for (const id of removed) spansById.delete(id)
  for (const span of put.values()) spansById.set(span.id, span)
  return { annotations, schema: context.schema, spansById }
}
