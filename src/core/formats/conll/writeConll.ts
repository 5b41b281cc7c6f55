import { describeSpan, type ConversionIssue, type InterchangeDocument, type InterchangeSpan, type WriteResult } from '../interchange'
import { selectNonOverlapping } from '../nonOverlapping'
import { encodeChunks, type Chunk } from './bioChunks'
import { splitSentences, tokenize, type Token } from './tokenize'

export interface ConllWriteOptions {
  readonly scheme?: 'BIO' | 'BIOES'
  /** 2: `token tag`; 4: CoNLL-2003 `token _ _ tag` (no POS or chunk tags to give). */
  readonly columns?: 2 | 4
}

/** One tokenized, tagged sentence. Shared with the conlleval bridge. */
export interface TaggedSentence {
  readonly tokens: readonly Token[]
  readonly tags: readonly string[]
}

/**
 * Tokenizes a document (see tokenize.ts) and tags its spans. Spans whose edges are not
 * token edges, and spans overlapping an earlier one, cannot be BIO tags: they are
 * reported and left out. Sentences are never split inside a span.
 */
export function tagDocument(
  document: InterchangeDocument,
  scheme: 'BIO' | 'BIOES',
  report: ConversionIssue[],
  tokens: readonly Token[] = tokenize(document.text)
): TaggedSentence[] {
  const tokenAtStart = new Map<number, number>()
  const tokenAtEnd = new Map<number, number>()
  tokens.forEach((token, index) => {
    tokenAtStart.set(token.start, index)
    tokenAtEnd.set(token.end, index)
  })
  const aligned: Array<{ span: InterchangeSpan; first: number; last: number }> = []
  const notAligned = (span: InterchangeSpan, reason: string): void => {
    report.push({ document: document.id, item: `span ${describeSpan(document.text, span)}`, reason })
  }
  const { kept, overlapping } = selectNonOverlapping(document.spans)
  for (const span of overlapping) notAligned(span, 'overlaps an earlier span; BIO tags cannot hold overlaps')
  for (const span of kept) {
    const first = tokenAtStart.get(span.start)
    const last = tokenAtEnd.get(span.end)
    if (first === undefined || last === undefined) notAligned(span, 'does not align to token boundaries')
    else aligned.push({ span, first, last })
  }
  const insideSpan = new Uint8Array(tokens.length)
  for (const { first, last } of aligned) insideSpan.fill(1, first, last)
  const sentences = splitSentences(document.text, tokens, (index) => insideSpan[index] === 1)

  let offset = 0
  return sentences.map((sentenceTokens) => {
    const first = offset
    offset += sentenceTokens.length
    const chunks: Chunk[] = aligned
      .filter((entry) => entry.first >= first && entry.first < offset)
      .map(({ span, first: start, last }) => ({ first: start - first, last: last - first, type: span.label }))
    return { tokens: sentenceTokens, tags: encodeChunks(sentenceTokens.length, chunks, scheme) }
  })
}

/**
 * Writes CoNLL with a `-DOCSTART-` line before each document. CoNLL keeps tokens only:
 * each document's id, its whitespace and line layout are reported as not carried.
 */
export function writeConll(documents: readonly InterchangeDocument[], options: ConllWriteOptions = {}): WriteResult {
  const scheme = options.scheme ?? 'BIO'
  const columns = options.columns ?? 2
  const filler = columns === 4 ? ' _ _' : ''
  const report: ConversionIssue[] = []
  const blocks = documents.map((document) => {
    report.push({
      document: document.id,
      item: 'document id and text layout',
      reason: 'CoNLL keeps tokens only; read back, tokens are joined by one space and sentences by a newline'
    })
    const tagged = tagDocument(document, scheme, report)
    if (tagged.length === 0) {
      report.push({ document: document.id, item: 'document', reason: 'has no tokens, so CoNLL has nothing to hold for it' })
    }
    const sentences = tagged.map(({ tokens, tags }) =>
      tokens.map((token, index) => `${token.text}${filler} ${tags[index] ?? 'O'}\n`).join('')
    )
    const docstart = columns === 4 ? '-DOCSTART- -X- -X- O\n' : '-DOCSTART- O\n'
    return [docstart, ...sentences].join('\n')
  })
  return { output: blocks.join('\n'), report }
}
