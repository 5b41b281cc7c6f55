// The word cursor as the README and the shortcuts help describe it, written apart from the
// renderer so the keyboard test knows which keys to press: a token is a run of letters,
// digits, combining marks and "_", or any other single visible character; whitespace
// (NBSP included) separates tokens. → goes to the next token after the cursor, ← to the one
// before. Offsets are UTF-16 code units.

export interface Token {
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}\p{M}_]/u
const SPACE = /\s/u

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < text.length) {
    const char = String.fromCodePoint(text.codePointAt(index)!)
    if (SPACE.test(char)) {
      index += char.length
      continue
    }
    let end = index + char.length
    if (WORD.test(char)) {
      while (end < text.length) {
        const next = String.fromCodePoint(text.codePointAt(end)!)
        if (!WORD.test(next)) break
        end += next.length
      }
    }
    tokens.push({ start: index, end })
    index = end
  }
  return tokens
}

/** Where → (1) or ← (-1) takes the cursor from `head` (a token or a span), or null from nowhere. */
export function stepCursor(tokens: readonly Token[], head: Token | null, direction: 1 | -1): Token | null {
  if (head === null) return tokens[0] ?? null
  if (direction === 1) return tokens.find((token) => token.start >= head.end) ?? null
  return tokens.findLast((token) => token.end <= head.start) ?? null
}
