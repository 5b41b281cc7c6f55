/** A stretch of the document with one range marked; the text is rendered as text nodes, never as HTML. */
export function ContextText({
  text,
  context,
  mark,
  color
}: {
  readonly text: string
  readonly context: { readonly start: number; readonly end: number }
  readonly mark: { readonly start: number; readonly end: number } | null
  readonly color?: string
}) {
  const start = Math.min(context.start, mark?.start ?? context.start)
  const end = Math.max(context.end, mark?.end ?? context.end)
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
