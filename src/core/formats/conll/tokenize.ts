/** A token of a text: `text.slice(start, end)`, UTF-16 offsets, end exclusive. */
export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
}

// JavaScript's \s plus the separators Python's str.split() also breaks on, so a
// token written out is one token for any CoNLL reader.
const SPACE = String.raw`\s\x1c-\x1f\x85`
const LINE_BREAK = /[\n\r\u2028\u2029\x1c-\x1e\x85]/
const WORD = String.raw`[\p{L}\p{N}\p{M}]+`
// One other character, with its combining marks and any zero-width-joined sequel (emoji families).
const SYMBOL = String.raw`[^${SPACE}\p{L}\p{N}\p{M}]\p{M}*(?:\u200D[^${SPACE}]\p{M}*)*`
const TOKEN = new RegExp(`${WORD}|${SYMBOL}`, 'gu')

const SENTENCE_FINAL = new Set(['.', '!', '?', '…'])
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}'])

/**
 * The export tokenizer, documented in docs/formats.md: whitespace separates tokens; a
 * run of letters, digits and combining marks is one token; every other character
 * (punctuation, symbol, emoji) is a token of its own. `l’armée` gives `l`, `’`, `armée`.
 */
export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0]
  }))
}

/**
 * Groups tokens into sentences. A sentence ends where the space between two tokens
 * holds a line break, or after `.`, `!`, `?` or `…` (and any closing quote or bracket
 * glued to it) followed by space. `joined(i)` says tokens i and i+1 must stay in one
 * sentence (an entity spans them): no break is made there.
 */
export function splitSentences(text: string, tokens: readonly Token[], joined: (index: number) => boolean = () => false): Token[][] {
  const sentences: Token[][] = []
  let current: Token[] = []
  tokens.forEach((token, index) => {
    current.push(token)
    const next = tokens[index + 1]
    if (!next) return
    const gap = text.slice(token.end, next.start)
    const previous = tokens[index - 1]
    const endsSentence =
      LINE_BREAK.test(gap) ||
      (gap !== '' &&
        (SENTENCE_FINAL.has(token.text) ||
          (CLOSERS.has(token.text) && previous !== undefined && previous.end === token.start && SENTENCE_FINAL.has(previous.text))))
    if (endsSentence && !joined(index)) {
      sentences.push(current)
      current = []
    }
  })
  if (current.length > 0) sentences.push(current)
  return sentences
}
