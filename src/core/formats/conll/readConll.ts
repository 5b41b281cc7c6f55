import type { InterchangeSpan, ReadResult } from '../interchange'
import { decodeChunks, isBioesTag } from './bioChunks'
import { checkTagScheme } from './checkTagScheme'

export interface ConllReadOptions {
  /** Names the input in errors. */
  readonly source: string
  /** Documents are named `<prefix><n>`, n from 1. */
  readonly documentIdPrefix?: string
  /**
   * The scheme the file declares: `BIO` refuses `E-`/`S-` tags, `BIOES` also refuses a
   * chunk not closed by `E-` or a one-token chunk not tagged `S-`. Without it, tags are
   * decoded leniently, as conlleval does.
   */
  readonly scheme?: 'BIO' | 'BIOES'
}

interface TokenLine {
  readonly token: string
  readonly tag: string
  readonly line: number
}

/**
 * Reads CoNLL BIO / BIOES: one token per line, the token first and the entity tag
 * last (2-column `token tag` or CoNLL-2003 `token POS chunk tag`: the last column is
 * the tag, the middle ones are not read), a blank line
 * between sentences, `-DOCSTART-` lines between documents. CoNLL keeps no text, so
 * the text is rebuilt: tokens joined by one space, sentences by a newline.
 */
export function readConll(content: string, options: ConllReadOptions): ReadResult {
  const { source } = options
  const prefix = options.documentIdPrefix ?? 'doc-'
  const result: ReadResult = { documents: [], report: [], errors: [] }
  let sentences: TokenLine[][] = []
  let sentence: TokenLine[] = []
  let columns: number | null = null

  const endSentence = (): void => {
    if (options.scheme) {
      for (const { line, reason } of checkTagScheme(sentence, options.scheme)) result.errors.push({ source, line, reason })
    }
    if (sentence.length > 0) sentences.push(sentence)
    sentence = []
  }
  const endDocument = (): void => {
    endSentence()
    if (sentences.length === 0) return
    const lines: string[] = []
    const spans: InterchangeSpan[] = []
    let offset = 0
    for (const tokens of sentences) {
      const starts: number[] = []
      const words = tokens.map(({ token }) => {
        starts.push(offset)
        offset += token.length + 1
        return token
      })
      for (const chunk of decodeChunks(tokens.map(({ tag }) => tag))) {
        const last = tokens[chunk.last]
        const start = starts[chunk.first]
        const lastStart = starts[chunk.last]
        if (last && start !== undefined && lastStart !== undefined) {
          spans.push({ start, end: lastStart + last.token.length, label: chunk.type })
        }
      }
      lines.push(words.join(' '))
    }
    result.documents.push({ id: `${prefix}${result.documents.length + 1}`, text: lines.join('\n'), spans })
    sentences = []
  }

  content.split('\n').forEach((rawLine, index) => {
    const fields = rawLine.trim().split(/[ \t]+/).filter((field) => field !== '')
    if (fields.length === 0) return endSentence()
    if (fields[0] === '-DOCSTART-') return endDocument()
    const fail = (reason: string): void => {
      result.errors.push({ source, line: index + 1, reason })
    }
    if (fields.length < 2) return fail(`expected "token … tag", got ${JSON.stringify(rawLine.trim())}`)
    if (columns !== null && fields.length !== columns) return fail(`${fields.length} columns where earlier lines have ${columns}`)
    columns = fields.length
    const token = fields[0] ?? ''
    const tag = fields[fields.length - 1] ?? ''
    if (!isBioesTag(tag)) return fail(`"${tag}" is not a BIO/BIOES tag (O, B-X, I-X, E-X, S-X)`)
    sentence.push({ token, tag, line: index + 1 })
  })
  endDocument()
  // Scheme problems are found at the end of each sentence: list everything in file order.
  result.errors.sort((a, b) => a.line - b.line)
  return result
}
