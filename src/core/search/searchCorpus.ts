import { findOccurrences, MAX_OCCURRENCES } from './findOccurrences'
import { occurrenceContext, type OccurrenceContext } from './occurrenceContext'
import type { SearchOptions } from './searchOptions'

/** One occurrence in a corpus: its document, its range (UTF-16 code units, end-exclusive) and context. */
export interface CorpusHit extends OccurrenceContext {
  readonly documentId: string
  readonly start: number
  readonly end: number
}

export interface CorpusSearchResult {
  readonly hits: readonly CorpusHit[]
  /** Occurrences found in all, which may exceed `hits.length` when the list was cut at `limit`. */
  readonly total: number
  /** Documents with at least one occurrence. */
  readonly documentCount: number
}

/**
 * Every occurrence of `query` in each document, in corpus order, with context; at most
 * `limit` hits are listed (the total is still counted). Throws SearchError for a bad query.
 */
export function searchCorpus(
  documents: readonly { readonly id: string; readonly text: string }[],
  query: string,
  options: SearchOptions,
  limit = 2000
): CorpusSearchResult {
  const hits: CorpusHit[] = []
  let total = 0
  let documentCount = 0
  for (const document of documents) {
    const ranges = findOccurrences(document.text, query, options)
    if (ranges.length > 0) documentCount++
    total += ranges.length
    for (const range of ranges) {
      if (hits.length >= limit) break
      hits.push({ documentId: document.id, ...range, ...occurrenceContext(document.text, range) })
    }
    if (total >= MAX_OCCURRENCES) break
  }
  return { hits, total, documentCount }
}
