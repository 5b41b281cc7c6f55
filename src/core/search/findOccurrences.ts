import { foldPiece, foldText, type FoldRules } from './foldText'
import { isWholeWord } from './isWholeWord'
import { SearchError } from './searchError'
import type { SearchOptions, TextRange } from './searchOptions'

/** Guards the UI and the API against a query matching every character of a 5 MB corpus. */
export const MAX_OCCURRENCES = 100_000

/** Compiles the query as a global Unicode regex, or throws SearchError saying why it is invalid. */
function compileRegex(source: string, options: SearchOptions): RegExp {
  // Accents are dropped from the text, so from the pattern too; the syntax is ASCII and survives.
  const pattern = options.accentSensitive ? source : foldPiece(source, { loose: true, lowerCase: false })
  try {
    return new RegExp(pattern, options.caseSensitive ? 'gu' : 'giu')
  } catch (error) {
    throw new SearchError(`invalid regular expression /${source}/: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`)
  }
}

/**
 * Every occurrence of `query` in `text`, in text order, never overlapping, as ranges of the
 * ORIGINAL text (UTF-16 code units, end-exclusive) however the matching folded it.
 * Zero-length regex matches are skipped. Throws SearchError for an empty query or an
 * invalid regular expression.
 */
export function findOccurrences(text: string, query: string, options: SearchOptions): TextRange[] {
  if (query.length === 0) throw new SearchError('the query is empty')
  // A regex handles case itself (flag i): lower-casing the text would break \p{Lu} and the like.
  const rules: FoldRules = { loose: !options.accentSensitive, lowerCase: !options.caseSensitive && !options.regex }
  const folded = foldText(text, rules)
  const ranges: TextRange[] = []
  const keep = (foldedStart: number, foldedEnd: number): void => {
    if (foldedEnd <= foldedStart) return
    const range = { start: folded.starts[foldedStart] as number, end: folded.ends[foldedEnd - 1] as number }
    if (options.wholeWord && !isWholeWord(text, range)) return
    const previous = ranges[ranges.length - 1]
    // Two folded matches inside one original code point (e.g. a ligature) would map to the same range.
    if (previous && range.start < previous.end) return
    ranges.push(range)
  }
  if (options.regex) {
    const regex = compileRegex(query, options)
    for (const match of folded.text.matchAll(regex)) {
      keep(match.index, match.index + match[0].length)
      if (ranges.length >= MAX_OCCURRENCES) break
    }
    return ranges
  }
  // Folded per code point like the text: whole-string lower-casing is context-sensitive (final sigma).
  const needle = foldText(query, rules).text
  if (needle.length === 0) throw new SearchError(`the query "${query}" is only accents or marks`)
  for (let at = folded.text.indexOf(needle); at >= 0 && ranges.length < MAX_OCCURRENCES; ) {
    const before = ranges.length
    keep(at, at + needle.length)
    // A whole-word miss may hide a match overlapping it ("aa" in "aaa"): step one unit, not past it.
    at = folded.text.indexOf(needle, ranges.length > before ? at + needle.length : at + 1)
  }
  return ranges
}
