import { suggestionKey, type DocumentAnnotations, type Span, type Suggestion } from '../model'
import { runSteps } from './documentOperation'
import type { DocumentOperationResult } from './eventOperations'
import { insertSpan, nextSpanId } from './operations'

/** Replaces the document's list of rejected suggestion keys (its inverse puts the old list back). */
export interface SetRejectedSuggestionsOperation {
  readonly kind: 'setRejectedSuggestions'
  readonly keys: readonly string[]
}

/** Sets the rejected keys (kept sorted, without duplicates; empty removes the field). */
export function setRejectedSuggestions(annotations: DocumentAnnotations, keys: readonly string[]): DocumentOperationResult {
  const previous = annotations.rejectedSuggestions ?? []
  const sorted = [...new Set(keys)].sort()
  const { rejectedSuggestions: _dropped, ...rest } = annotations
  return {
    annotations: sorted.length > 0 ? { ...rest, rejectedSuggestions: sorted } : rest,
    operation: { kind: 'setRejectedSuggestions', keys: sorted },
    inverse: { kind: 'setRejectedSuggestions', keys: previous }
  }
}

/**
 * The suggestions still waiting for this annotator's decision: not rejected, not
 * accepted (no span carries their key) and not already marked by hand (a span with the
 * same start, end and label), in text order.
 */
export function pendingSuggestions(annotations: DocumentAnnotations, suggestions: readonly Suggestion[]): Suggestion[] {
  // Runs on every change of the document: without suggestions, skip indexing its 10k spans.
  if (suggestions.length === 0) return []
  const decided = new Set(annotations.rejectedSuggestions ?? [])
  const marked = new Set<string>()
  for (const span of annotations.spans) {
    if (span.suggestedBy) decided.add(span.suggestedBy.suggestion)
    marked.add(`${span.start}-${span.end}/${span.label}`)
  }
  return suggestions
    .filter((suggestion) => !decided.has(suggestionKey(suggestion)) && !marked.has(`${suggestion.start}-${suggestion.end}/${suggestion.label}`))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
}

/**
 * Turns suggestions into spans of the document's annotator, each with a fresh `T<n>` id
 * and `suggestedBy` naming the model, as one batch (one undoable step). Checking them
 * against the text and schema is the caller's job, as for any new span.
 */
export function acceptSuggestions(annotations: DocumentAnnotations, suggestions: readonly Suggestion[], now: string): DocumentOperationResult {
  return runSteps(
    annotations,
    suggestions.map((suggestion) => (current: DocumentAnnotations) => {
      const span: Span = {
        id: nextSpanId(current),
        start: suggestion.start,
        end: suggestion.end,
        label: suggestion.label,
        annotator: current.annotator,
        created: now,
        updated: now,
        suggestedBy: { model: suggestion.model, suggestion: suggestionKey(suggestion) }
      }
      return insertSpan(current, span)
    })
  )
}

/** Records the suggestions as rejected by this annotator: one step, undone by restoring the previous list. */
export function rejectSuggestions(annotations: DocumentAnnotations, suggestions: readonly Suggestion[]): DocumentOperationResult {
  return setRejectedSuggestions(annotations, [...(annotations.rejectedSuggestions ?? []), ...suggestions.map(suggestionKey)])
}

