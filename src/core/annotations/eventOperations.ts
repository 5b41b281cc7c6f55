import type { DocumentAnnotations, EventArgument, Relation, Span } from '../model'
import type { DocumentOperation } from './documentOperation'
import { noteSpansChange } from './spanArrayFacts'

/**
 * Operations on events (arguments live on their trigger span), attributes and relations.
 * Like the span operations, each returns the new value, itself in replayable form and its
 * exact inverse; timestamps are passed in. They check structure only (ids exist, no
 * duplicates, no self-links) and throw RangeError otherwise; what the schema allows is
 * for the caller to offer (`allowedRoles`, `allowedRelationTypes`, `attributesFor`) and
 * for `findLinkProblems` to report.
 */
export type LinkOperation =
  | { readonly kind: 'insertArgument'; readonly eventId: string; readonly index: number; readonly argument: EventArgument; readonly updated: string }
  | { readonly kind: 'removeArgument'; readonly eventId: string; readonly index: number; readonly updated: string }
  | { readonly kind: 'setAttribute'; readonly spanId: string; readonly name: string; readonly value: string | null; readonly updated: string }
  | { readonly kind: 'insertRelation'; readonly relation: Relation; readonly index: number }
  | { readonly kind: 'removeRelation'; readonly relationId: string }

export interface DocumentOperationResult {
  readonly annotations: DocumentAnnotations
  readonly operation: DocumentOperation
  readonly inverse: DocumentOperation
}

function findSpan(annotations: DocumentAnnotations, spanId: string): { index: number; span: Span } {
  const index = annotations.spans.findIndex((span) => span.id === spanId)
  if (index < 0) throw new RangeError(`no span "${spanId}" in document "${annotations.documentId}"`)
  return { index, span: annotations.spans[index] as Span }
}

function replaceSpan(annotations: DocumentAnnotations, index: number, span: Span): DocumentAnnotations {
  const spans = [...annotations.spans]
  spans[index] = span
  noteSpansChange(annotations.spans, spans, { kind: 'replace', before: annotations.spans[index] as Span, after: span })
  return { ...annotations, spans }
}

/** The span with these arguments; without the key when there are none, as files store it. */
function withArguments(span: Span, args: readonly EventArgument[]): Span {
  const { arguments: _previous, ...rest } = span
  return args.length > 0 ? { ...rest, arguments: args } : rest
}

/** The span with these attributes; without the key when there are none. */
function withAttributes(span: Span, attributes: Readonly<Record<string, string>>): Span {
  const { attributes: _previous, ...rest } = span
  return Object.keys(attributes).length > 0 ? { ...rest, attributes } : rest
}

/** Inserts `argument` at `index` in event `eventId`'s arguments (undo of a removal puts it back where it was). */
export function insertArgument(
  annotations: DocumentAnnotations,
  eventId: string,
  index: number,
  argument: EventArgument,
  updated: string
): DocumentOperationResult {
  const { index: spanIndex, span } = findSpan(annotations, eventId)
  const args = span.arguments ?? []
  if (!Number.isInteger(index) || index < 0 || index > args.length) throw new RangeError(`event ${eventId}: no argument position ${index}`)
  if (!annotations.spans.some((other) => other.id === argument.ref)) {
    throw new RangeError(`event ${eventId}: argument ${argument.role} refers to "${argument.ref}", which is no span of document "${annotations.documentId}"`)
  }
  if (argument.ref === eventId) throw new RangeError(`event ${eventId}: an event cannot be its own argument`)
  if (args.some((other) => other.role === argument.role && other.ref === argument.ref)) {
    throw new RangeError(`event ${eventId}: ${argument.ref} already fills role ${argument.role}`)
  }
  const next = [...args.slice(0, index), { role: argument.role, ref: argument.ref }, ...args.slice(index)]
  return {
    annotations: replaceSpan(annotations, spanIndex, { ...withArguments(span, next), updated }),
    operation: { kind: 'insertArgument', eventId, index, argument, updated },
    inverse: { kind: 'removeArgument', eventId, index, updated: span.updated }
  }
}

/** Adds `argument` as the last argument of event `eventId`; the trigger's `updated` becomes `now`. */
export function addArgument(annotations: DocumentAnnotations, eventId: string, argument: EventArgument, now: string): DocumentOperationResult {
  const count = findSpan(annotations, eventId).span.arguments?.length ?? 0
  return insertArgument(annotations, eventId, count, argument, now)
}

/** Removes the argument at `index` of event `eventId`. */
export function removeArgument(annotations: DocumentAnnotations, eventId: string, index: number, updated: string): DocumentOperationResult {
  const { index: spanIndex, span } = findSpan(annotations, eventId)
  const args = span.arguments ?? []
  const removed = args[index]
  if (!removed) throw new RangeError(`event ${eventId}: no argument at position ${index}`)
  const next = args.filter((_, other) => other !== index)
  return {
    annotations: replaceSpan(annotations, spanIndex, { ...withArguments(span, next), updated }),
    operation: { kind: 'removeArgument', eventId, index, updated },
    inverse: { kind: 'insertArgument', eventId, index, argument: removed, updated: span.updated }
  }
}

/** Sets attribute `name` of a span to `value`, or removes it when `value` is null. */
export function setAttribute(
  annotations: DocumentAnnotations,
  spanId: string,
  name: string,
  value: string | null,
  updated: string
): DocumentOperationResult {
  if (name === '') throw new RangeError('an attribute needs a name')
  const { index, span } = findSpan(annotations, spanId)
  const { [name]: before, ...others } = span.attributes ?? {}
  const attributes = value === null ? others : { ...others, [name]: value }
  return {
    annotations: replaceSpan(annotations, index, { ...withAttributes(span, attributes), updated }),
    operation: { kind: 'setAttribute', spanId, name, value, updated },
    inverse: { kind: 'setAttribute', spanId, name, value: before ?? null, updated: span.updated }
  }
}

/** The next `R<n>`: one more than the largest `R<n>` among relation and span ids (imports may bring any id). */
export function nextRelationId(annotations: DocumentAnnotations): string {
  let largest = 0
  const consider = (id: string): void => {
    const match = /^R(\d+)$/.exec(id)
    if (match) largest = Math.max(largest, Number(match[1]))
  }
  annotations.relations.forEach((relation) => consider(relation.id))
  annotations.spans.forEach((span) => consider(span.id))
  return `R${largest + 1}`
}

/** Inserts a complete relation at `index` of the relation list. */
export function insertRelation(annotations: DocumentAnnotations, relation: Relation, index: number): DocumentOperationResult {
  const { relations, spans } = annotations
  if (!Number.isInteger(index) || index < 0 || index > relations.length) throw new RangeError(`no relation position ${index}`)
  if (relations.some((other) => other.id === relation.id) || spans.some((span) => span.id === relation.id)) {
    throw new RangeError(`id "${relation.id}" already exists in document "${annotations.documentId}"`)
  }
  for (const end of [relation.head, relation.tail]) {
    if (!spans.some((span) => span.id === end)) throw new RangeError(`relation ${relation.id}: "${end}" is no span of document "${annotations.documentId}"`)
  }
  if (relation.head === relation.tail) throw new RangeError(`relation ${relation.id}: a relation cannot link a span to itself`)
  const stored: Relation = { id: relation.id, type: relation.type, head: relation.head, tail: relation.tail }
  return {
    annotations: { ...annotations, relations: [...relations.slice(0, index), stored, ...relations.slice(index)] },
    operation: { kind: 'insertRelation', relation: stored, index },
    inverse: { kind: 'removeRelation', relationId: relation.id }
  }
}

/** Adds a relation `head` → `tail` with a fresh `R<n>` id, at the end of the list. */
export function addRelation(
  annotations: DocumentAnnotations,
  relation: Omit<Relation, 'id'>
): DocumentOperationResult & { readonly relation: Relation } {
  const created: Relation = { id: nextRelationId(annotations), type: relation.type, head: relation.head, tail: relation.tail }
  return { ...insertRelation(annotations, created, annotations.relations.length), relation: created }
}

export function removeRelation(annotations: DocumentAnnotations, relationId: string): DocumentOperationResult {
  const index = annotations.relations.findIndex((relation) => relation.id === relationId)
  const removed = annotations.relations[index]
  if (!removed) throw new RangeError(`no relation "${relationId}" in document "${annotations.documentId}"`)
  return {
    annotations: { ...annotations, relations: annotations.relations.filter((_, other) => other !== index) },
    operation: { kind: 'removeRelation', relationId },
    inverse: { kind: 'insertRelation', relation: removed, index }
  }
}
