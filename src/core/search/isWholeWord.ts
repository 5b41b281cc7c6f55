import type { TextRange } from './searchOptions'

const WORD_UNIT = /[\p{L}\p{N}\p{M}_]/u

function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return ''
  const low = text.charCodeAt(offset - 1)
  const pair = low >= 0xdc00 && low <= 0xdfff && offset >= 2
  return text.slice(pair ? offset - 2 : offset - 1, offset)
}

/** True when `range` neither begins nor ends inside a word of `text` (letters, digits, marks, "_"). */
export function isWholeWord(text: string, range: TextRange): boolean {
  const before = codePointBefore(text, range.start)
  const after = text.codePointAt(range.end)
  return !WORD_UNIT.test(before) && (after === undefined || !WORD_UNIT.test(String.fromCodePoint(after)))
}
