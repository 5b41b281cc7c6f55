import type { Span } from '../../../core/model'
import type { GoldLink } from '../../../core/review'

/** One end of a link: its text, with its label in a coloured chip. Text as text nodes, never HTML. */
export function LinkEnd({ text, span, color }: { readonly text: string; readonly span: Pick<Span, 'start' | 'end' | 'label'> | undefined; readonly color: string | undefined }) {
  if (!span) return <span className="gs-muted">?</span>
  return (
    <span className="gs-link-end" style={color ? { borderColor: color } : undefined}>
      <span className="gs-link-end__text">{text.slice(span.start, span.end)}</span>
      <span className="gs-link-end__label">{span.label}</span>
    </span>
  )
}

/** Trigger —role→ argument, or head —type→ tail, between gold spans. */
export function LinkEnds({ link, text, spans, colors }: { readonly link: GoldLink; readonly text: string; readonly spans: ReadonlyMap<string, Span>; readonly colors: ReadonlyMap<string, string> }) {
  const [first, name, second] = link.kind === 'argument' ? [link.eventId, link.role, link.ref] : [link.head, link.type, link.tail]
  const firstSpan = spans.get(first)
  const secondSpan = spans.get(second)
  return (
    <span className="gs-link-ends">
      <LinkEnd text={text} span={firstSpan} color={firstSpan && colors.get(firstSpan.label)} />
      <span className="gs-link-arrow" data-testid="link-name">
        —{name}→
      </span>
      <LinkEnd text={text} span={secondSpan} color={secondSpan && colors.get(secondSpan.label)} />
      <span className="gs-muted gs-review-small">{link.kind === 'argument' ? 'argument' : 'relation'}</span>
    </span>
  )
}
