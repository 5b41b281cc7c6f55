/**
 * How a query matches the text.
 * - `caseSensitive`: "Armée" does not find "armée".
 * - `accentSensitive`: "Soueida" does not find "Soueïda". When false the match is loose:
 *   accents and other combining marks are ignored, typographic apostrophes (’ ‘ ʼ) count as
 *   "'" and no-break spaces as " ".
 * - `wholeWord`: the match may not begin or end inside a word (letters, digits, marks, "_").
 * - `regex`: the query is a JavaScript regular expression (Unicode mode).
 */
export interface SearchOptions {
  readonly caseSensitive: boolean
  readonly accentSensitive: boolean
  readonly wholeWord: boolean
  readonly regex: boolean
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { caseSensitive: false, accentSensitive: false, wholeWord: false, regex: false }

/** A match in a text: UTF-16 code units of the original text, end-exclusive. */
export interface TextRange {
  readonly start: number
  readonly end: number
}
