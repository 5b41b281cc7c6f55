import { describeSpan, type ConversionIssue, type InterchangeDocument, type WriteResult } from '../interchange'
import { selectNonOverlapping } from '../nonOverlapping'
import { reportUncarried } from '../reportUncarried'
import { encodeChunks, type Chunk } from './bioChunks'
import { splitSentences, tokenize, type Token } from './tokenize'

export interface ConllWriteOptions {
  readonly scheme?: 'BIO' | 'BIOES'
  /** 2: `token tag`; 4: CoNLL-2003 `token _ _ tag` (no POS or chunk tags to give). */
  readonly columns?: 2 | 4
}

/**
 * Maps a document's spans onto tokens as chunks (token indices, inclusive). Spans whose
 * edges are not token edges, and spans overlapping an earlier one, cannot be BIO tags:
 * they are reported and left out.
 */
export function alignSpans(document: InterchangeDocument, tokens: readonly Token[], report: ConversionIssue[]): Chunk[] {
  const tokenAtStart = new Map<number, number>()
  const tokenAtEnd = new Map<number, number>()
  tokens.forEach((token, index) => {
    tokenAtStart.set(token.start, index)
    tokenAtEnd.set(token.end, index)
  })
  const { kept, overlapping } = selectNonOverlapping(document.spans)
  const notCarried = (span: (typeof kept)[number], reason: string): void => {
    report.push({ document: document.id, item: `span ${describeSpan(document.text, span)}`, reason })
  }
  for (const span of overlapping) notCarried(span, 'overlaps an earlier span; BIO tags cannot hold overlaps')
  const chunks: Chunk[] = []
  for (const span of kept) {
    const first = tokenAtStart.get(span.start)
    const last = tokenAtEnd.get(span.end)
    if (first === undefined || last === undefined) notCarried(span, 'does not align to token boundaries')
    else chunks.push({ first, last, type: span.label })
  }
  return chunks
}

/** Sentences as token index ranges `[first, end)`, never splitting any of the given chunks. */
export function sentenceRanges(text: string, tokens: readonly Token[], chunkLists: ReadonlyArray<readonly Chunk[]>): Array<[number, number]> {
  const joined = new Uint8Array(tokens.length)
  for (const chunks of chunkLists) for (const { first, last } of chunks) joined.fill(1, first, last)
  let first = 0
  return splitSentences(text, tokens, (index) => joined[index] === 1).map((sentence) => {
    const range: [number, number] = [first, first + sentence.length]
    first += sentence.length
    return range
  })
}

/**
 * Writes CoNLL with a `-DOCSTART-` line before each document, tokens from the export
 * tokenizer (tokenize.ts). CoNLL keeps tokens only: each document's id, whitespace and
 * line layout are reported as not carried, and so are events, relations and attributes.
 */
export function writeConll(documents: readonly InterchangeDocument[], options: ConllWriteOptions = {}): WriteResult {
  const scheme = options.scheme ?? 'BIO'
  const filler = options.columns === 4 ? ' _ _' : ''
  const report: ConversionIssue[] = []
  const blocks = documents.map((document) => {
    report.push({
      document: document.id,
      item: 'document id and text layout',
      reason: 'CoNLL keeps tokens only; read back, tokens are joined by one space and sentences by a newline'
    })
    report.push(...reportUncarried(document, 'CoNLL'))
    const tokens = tokenize(document.text)
    if (tokens.length === 0) {
      report.push({ document: document.id, item: 'document', reason: 'has no tokens, so CoNLL has nothing to hold for it' })
    }
    const chunks = alignSpans(document, tokens, report)
    const tags = encodeChunks(tokens.length, chunks, scheme)
    const sentences = sentenceRanges(document.text, tokens, [chunks]).map(([first, end]) =>
      tokens
        .slice(first, end)
        .map((token, offset) => `${token.text}${filler} ${tags[first + offset] ?? 'O'}\n`)
        .join('')
    )
    const docstart = options.columns === 4 ? '-DOCSTART- -X- -X- O\n' : '-DOCSTART- O\n'
    return [docstart, ...sentences].join('\n')
  })
  return { output: blocks.join('\n'), report }
}
