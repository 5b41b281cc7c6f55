/**
 * Word boundaries for snapping selections and moving the keyboard cursor. A word is a run of
 * letters, digits, combining marks or "_"; apostrophes and hyphens separate words, so
 * "l'armée" gives "l", "'", "armée" (French articles stay outside entity spans).
 * Every other visible character is a one-character token; whitespace (NBSP included) is none.
 * Offsets are UTF-16 code units; surrogate pairs are never split.
 */
export interface TextRange {
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{N}\p{M}_]/u
const SPACE = /\s/u

function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset)
  return code === undefined ? '' : String.fromCodePoint(code)
}

/** The character ending at `offset` (a whole surrogate pair when there is one). */
function charBefore(text: string, offset: number): string {
  if (offset <= 0) return ''
  const low = text.charCodeAt(offset - 1)
  if (offset >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(offset - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset)
  }
  return text.slice(offset - 1, offset)
}

export function isWordChar(char: string): boolean {
  return char !== '' && WORD.test(char)
}

function isSpace(char: string): boolean {
  return char !== '' && SPACE.test(char)
}

/** The token starting at or after `offset`, or null at the end of the text. */
export function tokenAfter(text: string, offset: number): TextRange | null {
  let start = offset
  while (start < text.length && isSpace(charAt(text, start))) start += charAt(text, start).length
  if (start >= text.length) return null
  const first = charAt(text, start)
  let end = start + first.length
  if (isWordChar(first)) {
    while (end < text.length && isWordChar(charAt(text, end))) end += charAt(text, end).length
  }
  return { start, end }
}

/** The token ending at or before `offset`, or null at the start of the text. */
export function tokenBefore(text: string, offset: number): TextRange | null {
  let end = offset
  while (end > 0 && isSpace(charBefore(text, end))) end -= charBefore(text, end).length
  if (end <= 0) return null
  const last = charBefore(text, end)
  let start = end - last.length
  if (isWordChar(last)) {
    while (start > 0 && isWordChar(charBefore(text, start))) start -= charBefore(text, start).length
  }
  return { start, end }
}

/** The token under `offset` (the one after it when `offset` is on whitespace). */
export function tokenAt(text: string, offset: number): TextRange | null {
  if (offset > 0 && offset < text.length && isWordChar(charBefore(text, offset)) && isWordChar(charAt(text, offset))) {
    return { start: (tokenBefore(text, offset) as TextRange).start, end: (tokenAfter(text, offset) as TextRange).end }
  }
  return tokenAfter(text, offset) ?? tokenBefore(text, offset)
}

/**
 * Widens a selection to whole words and trims the whitespace at its ends. Returns null when
 * nothing but whitespace was selected.
 */
export function snapToWords(text: string, range: TextRange): TextRange | null {
  let start = Math.min(range.start, range.end)
  let end = Math.max(range.start, range.end)
  while (start < end && isSpace(charAt(text, start))) start += charAt(text, start).length
  while (end > start && isSpace(charBefore(text, end))) end -= charBefore(text, end).length
  if (start >= end) return null
  while (start > 0 && isWordChar(charBefore(text, start)) && isWordChar(charAt(text, start))) start -= charBefore(text, start).length
  while (end < text.length && isWordChar(charBefore(text, end)) && isWordChar(charAt(text, end))) end += charAt(text, end).length
  return { start, end }
}
