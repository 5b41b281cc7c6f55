import {
  acceptSuggestions,
  rejectSuggestions,
  addArgument,
  addRelation,
  addSpan,
  applyDocumentOperation,
  findSpanById,
  findSpanProblem,
  relabelSpanWithLinks,
  removeArgument,
  removeRelation,
  removeSpanWithLinks,
  rolesToOffer,
  setAttribute,
  setStatus,
  spansStartingAt,
  usagesOfSpan,
  type DocumentOperation,
  type SpanUsage
} from '../../core/annotations'
import type { OpenedDocument, SaveResult } from '../../core/api/contract'
import type { DocumentAnnotations, DocumentStatus, Relation, Span, Suggestion } from '../../core/model'
import { allowedRelationTypes, findAttributeProblem, type Schema } from '../../core/schema'
import { annotateRanges, type TextRange } from '../../core/search'
import { AutosaveQueue, type AutosaveOptions } from './autosaveQueue'
import { Store } from './store'
import { UndoHistory, type HistoryEntry } from './undoHistory'

export interface DocumentState {
  readonly annotations: DocumentAnnotations
  readonly canUndo: boolean
  readonly canRedo: boolean
}

export interface DocumentStoreDeps {
  readonly schema: Schema
  readonly save: (annotations: DocumentAnnotations) => Promise<SaveResult>
  /** ISO 8601 time for span timestamps; injected so tests are deterministic. */
  readonly now: () => string
  /** Set when the annotation file could not be read: the document is shown but not editable. */
  readonly readOnlyReason?: string | null
  readonly autosave?: AutosaveOptions
}

/** One applied change: the new value, the change in replayable form and its inverse. */
interface OperationStep {
  readonly annotations: DocumentAnnotations
  readonly operation: DocumentOperation
  readonly inverse: DocumentOperation
}

/** Thrown when an edit is refused (read-only document, bad span); the message is for the user. */
export class EditRefused extends Error {
  override readonly name = 'EditRefused'
}

/**
 * One open document: its text, its annotations (the value saved to disk), its undo/redo
 * history and its autosave queue. Every edit goes through here, so every edit is undoable
 * and saved.
 */
export class DocumentStore extends Store<DocumentState> {
  readonly id: string
  readonly text: string
  readonly sha256: string
  readonly readOnlyReason: string | null
  readonly saves: AutosaveQueue<DocumentAnnotations>
  private readonly history = new UndoHistory()

  constructor(
    opened: OpenedDocument,
    private readonly deps: DocumentStoreDeps
  ) {
    super({ annotations: opened.annotations, canUndo: false, canRedo: false })
    this.id = opened.id
    this.text = opened.text
    this.sha256 = opened.sha256
    this.readOnlyReason = deps.readOnlyReason ?? null
    this.saves = new AutosaveQueue(deps.save, deps.autosave)
  }

  get annotations(): DocumentAnnotations {
    return this.getState().annotations
  }

  /** The span `spanId`; with its `start` (a selected span's) found by binary search instead of a scan. */
  findSpan(spanId: string | null, start?: number): Span | undefined {
    return spanId === null ? undefined : findSpanById(this.annotations.spans, spanId, start)
  }

  /** Labels `start`-`end` (UTF-16, end-exclusive). A first span moves a `todo` document to `in_progress`. */
  addSpan(start: number, end: number, label: string): Span {
    const problem = findSpanProblem(this.text, { start, end, label }, this.deps.schema)
    if (problem) throw new EditRefused(problem)
    const duplicate = spansStartingAt(this.annotations.spans, start).find((span) => span.end === end && span.label === label)
    if (duplicate) return duplicate
    this.checkEditable()
    const added = addSpan(this.annotations, { start, end, label }, this.deps.now())
    const results: OperationStep[] = [added]
    if (added.annotations.status === 'todo') results.push(setStatus(added.annotations, 'in_progress'))
    this.commit(results)
    return added.span
  }

  /**
   * Removes a span with every argument and relation that uses it (and a trigger's own
   * arguments), as one undoable step; returns those usages so the caller can say what went.
   */
  removeSpan(spanId: string): SpanUsage[] {
    this.checkEditable()
    const usages = usagesOfSpan(this.annotations, spanId)
    this.commit([removeSpanWithLinks(this.annotations, spanId, this.deps.now())])
    return usages
  }

  /** Makes span `argumentId` fill `role` of event `eventId`, if the schema offers that role for the pair. */
  addArgument(eventId: string, argumentId: string, role: string): void {
    if (!rolesToOffer(this.deps.schema, this.annotations, eventId, argumentId).some((offered) => offered.name === role)) {
      throw new EditRefused(`${argumentId} cannot be ${role} of ${eventId} (not allowed by the schema, or already filled)`)
    }
    this.checkEditable()
    this.commit([addArgument(this.annotations, eventId, { role, ref: argumentId }, this.deps.now())])
  }

  removeArgument(eventId: string, index: number): void {
    this.checkEditable()
    this.commit([removeArgument(this.annotations, eventId, index, this.deps.now())])
  }

  /** Links `headId` → `tailId` with relation `type`, if the schema allows it between their labels. */
  addRelation(headId: string, tailId: string, type: string): Relation {
    const head = this.findSpan(headId)
    const tail = this.findSpan(tailId)
    if (!head || !tail || !allowedRelationTypes(this.deps.schema, head.label, tail.label).some((allowed) => allowed.name === type)) {
      throw new EditRefused(`no ${type} relation is allowed from ${headId} to ${tailId}`)
    }
    const duplicate = this.annotations.relations.find((relation) => relation.head === headId && relation.tail === tailId && relation.type === type)
    if (duplicate) return duplicate
    this.checkEditable()
    const added = addRelation(this.annotations, { type, head: headId, tail: tailId })
    this.commit([added])
    return added.relation
  }

  /** Labels every range `label` as one undoable step (annotate-all); the ranges come from `planAnnotateAll`. */
  addSpans(ranges: readonly TextRange[], label: string): void {
    for (const range of ranges) {
      const problem = findSpanProblem(this.text, { ...range, label }, this.deps.schema)
      if (problem) throw new EditRefused(problem)
    }
    this.checkEditable()
    if (ranges.length > 0) this.commit([annotateRanges(this.annotations, ranges, label, this.deps.now())])
  }

  /** Turns model suggestions into this annotator's spans (with `suggestedBy`), as one undoable step. */
  acceptSuggestions(suggestions: readonly Suggestion[]): void {
    for (const suggestion of suggestions) {
      const problem = findSpanProblem(this.text, suggestion, this.deps.schema)
      if (problem) throw new EditRefused(`suggestion of ${suggestion.model}: ${problem}`)
    }
    this.checkEditable()
    if (suggestions.length === 0) return
    const accepted = acceptSuggestions(this.annotations, suggestions, this.deps.now())
    // As for a span labelled by hand, a first span moves a `todo` document to `in_progress`.
    this.commit(accepted.annotations.status === 'todo' ? [accepted, setStatus(accepted.annotations, 'in_progress')] : [accepted])
  }

  /** Records model suggestions as rejected by this annotator, as one undoable step. */
  rejectSuggestions(suggestions: readonly Suggestion[]): void {
    this.checkEditable()
    if (suggestions.length > 0) this.commit([rejectSuggestions(this.annotations, suggestions)])
  }

  removeRelation(relationId: string): void {
    this.checkEditable()
    this.commit([removeRelation(this.annotations, relationId)])
  }

  /** Sets (or with null or an empty string, removes) attribute `name` of a span, checked against the schema. */
  setAttribute(spanId: string, name: string, value: string | null): void {
    const span = this.findSpan(spanId)
    if (!span) return
    const stored = value === '' ? null : value
    if ((span.attributes?.[name] ?? null) === stored) return
    // Removing is always allowed: it also clears values a changed schema no longer declares.
    const problem = stored === null ? null : findAttributeProblem(this.deps.schema, span.label, name, stored)
    if (problem) throw new EditRefused(problem)
    this.checkEditable()
    this.commit([setAttribute(this.annotations, spanId, name, stored, this.deps.now())])
  }

  relabelSpan(spanId: string, label: string): void {
    const span = this.findSpan(spanId)
    if (!span || span.label === label) return
    const problem = findSpanProblem(this.text, { start: span.start, end: span.end, label }, this.deps.schema)
    if (problem) throw new EditRefused(problem)
    this.checkEditable()
    this.commit([relabelSpanWithLinks(this.annotations, this.deps.schema, spanId, label, this.deps.now())])
  }

  setStatus(status: DocumentStatus): void {
    if (this.annotations.status === status) return
    this.checkEditable()
    this.commit([setStatus(this.annotations, status)])
  }

  undo(): boolean {
    if (this.readOnlyReason) return false
    const entry = this.history.takeUndo()
    if (!entry) return false
    this.replay(entry.inverses)
    return true
  }

  redo(): boolean {
    if (this.readOnlyReason) return false
    const entry = this.history.takeRedo()
    if (!entry) return false
    this.replay(entry.operations)
    return true
  }

  private checkEditable(): void {
    if (this.readOnlyReason) throw new EditRefused(`this document is read-only: ${this.readOnlyReason}`)
  }

  private commit(results: readonly OperationStep[]): void {
    const last = results[results.length - 1]
    if (!last) return
    const entry: HistoryEntry = {
      operations: results.map((result) => result.operation),
      inverses: results.map((result) => result.inverse).reverse()
    }
    this.history.record(entry)
    this.publish(last.annotations)
  }

  private replay(operations: HistoryEntry['operations']): void {
    let annotations = this.annotations
    for (const operation of operations) annotations = applyDocumentOperation(annotations, operation).annotations
    this.publish(annotations)
  }

  private publish(annotations: DocumentAnnotations): void {
    this.setState({ annotations, canUndo: this.history.canUndo, canRedo: this.history.canRedo })
    this.saves.push(annotations)
  }
}
