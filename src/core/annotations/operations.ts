import type { DocumentAnnotations, DocumentStatus, Span } from '../model'
import { largestSpanIdNumber, noteSpansChange, spanIdNumber } from './spanArrayFacts'
import { describeSpanUsage, usagesOfSpan } from './usagesOfSpan'

/**
 * Annotation operations over a DocumentAnnotations value. Each returns the new value, the
 * operation in replayable form (redo) and its inverse (undo), so a history only stores
 * operations. Timestamps are passed in: core never reads the clock.
 * Offsets are UTF-16 code units, `end` exclusive; checking them against the text and the
 * schema is `findSpanProblem`'s job, done by the caller that has the text.
 */
export type AnnotationOperation =
  | { readonly kind: 'insertSpan'; readonly span: Span }
  | { readonly kind: 'removeSpan'; readonly spanId: string }
  | { readonly kind: 'relabelSpan'; readonly spanId: string; readonly label: string; readonly updated: string }
  | { readonly kind: 'setStatus'; readonly status: DocumentStatus }

export interface OperationResult {
  readonly annotations: DocumentAnnotations
  /** Replays this change exactly (same span id and timestamps). */
  readonly operation: AnnotationOperation
  /** Undoes this change exactly. */
  readonly inverse: AnnotationOperation
}

export interface NewSpan {
  readonly start: number
  readonly end: number
  readonly label: string
}

/** Span order everywhere: by start, then end, then id, so files and lists are stable. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The next `T<n>` id: one more than the largest `T<n>` in the document. Kept per spans
 * array and carried along edits (`spanArrayFacts`), so adding a span does not read every id.
 */
export function nextSpanId(annotations: DocumentAnnotations): string {
  return `T${largestSpanIdNumber(annotations.spans) + 1}`
}

/** Where `span` goes in spans sorted by `compareSpans`: after every span not after it (binary search). */
function insertionIndex(spans: readonly Span[], span: Span): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareSpans(spans[middle] as Span, span) > 0) high = middle
    else low = middle + 1
  }
  return low
}

function findSpanIndex(annotations: DocumentAnnotations, spanId: string): number {
  const index = annotations.spans.findIndex((span) => span.id === spanId)
  if (index < 0) throw new RangeError(`no span "${spanId}" in document "${annotations.documentId}"`)
  return index
}

/** Inserts a complete span (used by addSpan, and by undo of a removal to restore it as it was). */
export function insertSpan(annotations: DocumentAnnotations, span: Span): OperationResult {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start) {
    throw new RangeError(`span ${span.id}: offsets ${span.start}-${span.end} are not a non-empty range`)
  }
  // A `T<n>` above the largest one is new without looking: the case of every span labelled in the app.
  const surelyNew = spanIdNumber(span.id) > largestSpanIdNumber(annotations.spans)
  if (!surelyNew && annotations.spans.some((other) => other.id === span.id)) {
    throw new RangeError(`span id "${span.id}" already exists in document "${annotations.documentId}"`)
  }
  const spans = [...annotations.spans]
  spans.splice(insertionIndex(spans, span), 0, span)
  noteSpansChange(annotations.spans, spans, { kind: 'insert', span })
  return {
    annotations: { ...annotations, spans },
    operation: { kind: 'insertSpan', span },
    inverse: { kind: 'removeSpan', spanId: span.id }
  }
}

/** Adds a new span by this document's annotator, with a fresh `T<n>` id, created and updated at `now`. */
export function addSpan(annotations: DocumentAnnotations, span: NewSpan, now: string): OperationResult & { readonly span: Span } {
  const created: Span = {
    id: nextSpanId(annotations),
    start: span.start,
    end: span.end,
    label: span.label,
    annotator: annotations.annotator,
    created: now,
    updated: now
  }
  return { ...insertSpan(annotations, created), span: created }
}

/** Removes a span no argument or relation uses (else RangeError: `removeSpanWithLinks` removes those too). */
export function removeSpan(annotations: DocumentAnnotations, spanId: string): OperationResult {
  const index = findSpanIndex(annotations, spanId)
  const usages = usagesOfSpan(annotations, spanId)
  if (usages.length > 0) {
    throw new RangeError(`span ${spanId} is used as ${usages.map(describeSpanUsage).join(', ')}; delete it with its links instead`)
  }
  const removed = annotations.spans[index] as Span
  const spans = annotations.spans.filter((_, other) => other !== index)
  noteSpansChange(annotations.spans, spans, { kind: 'remove', span: removed })
  return {
    annotations: { ...annotations, spans },
    operation: { kind: 'removeSpan', spanId },
    inverse: { kind: 'insertSpan', span: removed }
  }
}

/** Changes a span's label; its `updated` becomes `now` (the inverse restores the old one). */
export function relabelSpan(annotations: DocumentAnnotations, spanId: string, label: string, now: string): OperationResult {
  const index = findSpanIndex(annotations, spanId)
  const before = annotations.spans[index] as Span
  const spans = [...annotations.spans]
  const after = { ...before, label, updated: now }
  spans[index] = after
  noteSpansChange(annotations.spans, spans, { kind: 'replace', before, after })
  return {
    annotations: { ...annotations, spans },
    operation: { kind: 'relabelSpan', spanId, label, updated: now },
    inverse: { kind: 'relabelSpan', spanId, label: before.label, updated: before.updated }
  }
}

export function setStatus(annotations: DocumentAnnotations, status: DocumentStatus): OperationResult {
  return {
    annotations: { ...annotations, status },
    operation: { kind: 'setStatus', status },
    inverse: { kind: 'setStatus', status: annotations.status }
  }
}

/** Applies an operation in replayable form: what undo and redo call. */
export function applyOperation(annotations: DocumentAnnotations, operation: AnnotationOperation): OperationResult {
  switch (operation.kind) {
    case 'insertSpan':
      return insertSpan(annotations, operation.span)
    case 'removeSpan':
      return removeSpan(annotations, operation.spanId)
    case 'relabelSpan':
      return relabelSpan(annotations, operation.spanId, operation.label, operation.updated)
    case 'setStatus':
      return setStatus(annotations, operation.status)
  }
}
