/** Moves a context edge inward to a word boundary, so the excerpt neither starts nor ends mid-word. */
function wordEdge(text: string, index: number, limit: number, direction: 1 | -1): number {
  const inWord = (position: number) => /\S/.test(text[position] ?? ' ')
  if (!inWord(index - 1) || !inWord(index)) return index
  let at = index
  while (at !== limit && inWord(direction === 1 ? at : at - 1)) at += direction
  return at === limit ? index : at
}

/** A stretch of the document with one range marked; the text is rendered as text nodes, never as HTML. */
export function ContextText({
  text,
  unit,
  context,
  mark,
  color
}: {
  readonly text: string
  /** The range the excerpt is about (the unit's); the context never cuts into it. */
  readonly unit: { readonly start: number; readonly end: number }
  readonly context: { readonly start: number; readonly end: number }
  readonly mark: { readonly start: number; readonly end: number } | null
  readonly color?: string
}) {
  const inner = mark ? { start: Math.min(unit.start, mark.start), end: Math.max(unit.end, mark.end) } : unit
  let start = wordEdge(text, Math.min(context.start, inner.start), inner.start, 1)
  let end = wordEdge(text, Math.max(context.end, inner.end), inner.end, -1)
  // Context stays within the mark's paragraph: a line break would push the versions apart.
  start = Math.max(start, text.lastIndexOf('\n', inner.start - 1) + 1)
  const lineEnd = text.indexOf('\n', inner.end)
  if (lineEnd >= 0) end = Math.min(end, lineEnd)
  while (start < inner.start && /\s/.test(text[start] ?? '')) start++
  while (end > inner.end && /\s/.test(text[end - 1] ?? '')) end--
  const lead = start > 0 ? '…' : ''
  const tail = end < text.length ? '…' : ''
  if (!mark) {
    return (
      <span className="gs-review-context">
        {lead}
        {text.slice(start, end)}
        {tail}
      </span>
    )
  }
  return (
    <span className="gs-review-context">
      {lead}
      {text.slice(start, mark.start)}
      <mark className="gs-review-mark" style={color ? { borderColor: color, background: `${color}2e` } : undefined}>
        {text.slice(mark.start, mark.end)}
      </mark>
      {text.slice(mark.end, end)}
      {tail}
    </span>
  )
}
