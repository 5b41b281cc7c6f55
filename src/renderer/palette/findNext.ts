import type { TextRange } from '../../core/search'

/**
 * The next (1) or previous (-1) span labelled `label` after (or before) `from`, wrapping
 * around; spans are in text order (start, then end). Null when the document has none.
 */
export function nextSpanOfLabel<S extends TextRange & { readonly label: string }>(spans: readonly S[], label: string, from: TextRange | null, direction: 1 | -1): S | null {
  const same = spans.filter((span) => span.label === label)
  if (same.length === 0) return null
  const start = from?.start ?? -1
  const end = from?.end ?? -1
  const after = (span: S): boolean => span.start > start || (span.start === start && span.end > end)
  const before = (span: S): boolean => span.start < start || (span.start === start && span.end < end)
  if (direction === 1) return same.find(after) ?? (same[0] as S)
  return [...same].reverse().find(before) ?? (same[same.length - 1] as S)
}

/**
 * The next paragraph (a line with some non-blank text; lines end at \r\n, \n or \r) after
 * the one holding `from` that no span touches, wrapping around, as the range of its text
 * without the leading and trailing blanks. Null when every paragraph has a span.
 */
export function nextUnannotatedParagraph(text: string, spans: readonly TextRange[], from: number, direction: 1 | -1 = 1): TextRange | null {
  const paragraphs: TextRange[] = []
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  for (let match = line.exec(text); match && match.index < text.length; match = line.exec(text)) {
    const content = match[0].replace(/[\r\n]+$/, '')
    const lead = content.length - content.trimStart().length
    const trimmed = content.trim()
    if (trimmed.length > 0) paragraphs.push({ start: match.index + lead, end: match.index + lead + trimmed.length })
    if (match[0].length === 0) break
  }
  const free = paragraphs.filter((paragraph) => !spans.some((span) => span.start < paragraph.end && paragraph.start < span.end))
  if (free.length === 0) return null
  if (direction === 1) return free.find((paragraph) => paragraph.start > from) ?? (free[0] as TextRange)
  return [...free].reverse().find((paragraph) => paragraph.end <= from) ?? (free[free.length - 1] as TextRange)
}
