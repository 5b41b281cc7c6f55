/**
 * A span a model proposed (pre-annotation), kept in the project's suggestion layer
 * (`suggestions/<model>/<doc>.json`), apart from every annotator's work, so exports,
 * agreement and review never see it. Offsets are UTF-16 code units, `end` exclusive.
 */
export interface Suggestion {
  /** The model's name, as given at import: the provenance an accepted span keeps. */
  readonly model: string
  readonly start: number
  readonly end: number
  readonly label: string
}

/** Carried by a span accepted from a suggestion: the model, and the suggestion's key. */
export interface SuggestionOrigin {
  readonly model: string
  /** `suggestionKey` of the suggestion as it was proposed (the span may be edited since). */
  readonly suggestion: string
}

/**
 * Names one suggestion by its content (`<model>/<start>-<end>/<label>`), so an
 * annotator's decisions stay attached when the same predictions are imported again.
 * Model names cannot hold "/", so the key reads back unambiguously.
 */
export function suggestionKey(suggestion: Suggestion): string {
  return `${suggestion.model}/${suggestion.start}-${suggestion.end}/${suggestion.label}`
}
