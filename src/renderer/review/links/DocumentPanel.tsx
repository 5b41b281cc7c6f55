import type { MouseEvent } from 'react'
import type { DocumentAnnotations, Span } from '../../../core/model'
import type { GoldLink } from '../../../core/review'
import type { Schema } from '../../../core/schema'
import { useStore } from '../../state/useStore'
import type { ReviewStore } from '../reviewStore'
import { labelColors } from '../UnitPanel'
import { LinkEnds } from './LinkEnds'
import { selectedRange, type LinkReviewStore } from './linkReviewStore'

interface Segment {
  readonly start: number
  readonly end: number
  /** Gold spans covering the segment, shortest first. */
  readonly spans: readonly Span[]
}

/** The text cut at every gold span edge and at the selection's edges, so each piece is drawn one way. */
function segments(text: string, spans: readonly Span[], cuts: readonly number[]): Segment[] {
  const edges = [...new Set([0, text.length, ...cuts, ...spans.flatMap((span) => [span.start, span.end])])].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b)
  const pieces: Segment[] = []
  for (let index = 0; index + 1 < edges.length; index++) {
    const start = edges[index] as number
    const end = edges[index + 1] as number
    const covering = spans.filter((span) => span.start <= start && end <= span.end).sort((a, b) => a.end - a.start - (b.end - b.start))
    pieces.push({ start, end, spans: covering })
  }
  return pieces
}

/** The text offset of a DOM position inside a segment (`data-at` is the segment's start), or null outside the text. */
function offsetOf(node: Node | null, offset: number): number | null {
  const element = node instanceof Element ? node : node?.parentElement
  const segment = element?.closest<HTMLElement>('[data-at]')
  if (!segment || node === null) return null
  return Number(segment.dataset.at) + (node.nodeType === Node.TEXT_NODE ? offset : 0)
}

/** The gold arguments and relations the chosen span takes part in, each removable. */
function GoldLinksOf({ span, gold, text, store, colors }: { readonly span: Span; readonly gold: DocumentAnnotations; readonly text: string; readonly store: LinkReviewStore; readonly colors: ReadonlyMap<string, string> }) {
  const byId = new Map(gold.spans.map((other) => [other.id, other]))
  const links: GoldLink[] = [
    ...gold.spans.flatMap((event) =>
      (event.arguments ?? []).flatMap((argument) => (event.id === span.id || argument.ref === span.id ? [{ kind: 'argument', eventId: event.id, role: argument.role, ref: argument.ref } as const] : []))
    ),
    ...gold.relations.flatMap((relation) => (relation.head === span.id || relation.tail === span.id ? [{ kind: 'relation', type: relation.type, head: relation.head, tail: relation.tail } as const] : []))
  ]
  if (links.length === 0) return null
  return (
    <ul className="gs-links-list" aria-label="Links of the chosen span" data-testid="doc-span-links">
      {links.map((link) => (
        <li key={link.kind === 'argument' ? `a-${link.eventId}-${link.role}-${link.ref}` : `r-${link.type}-${link.head}-${link.tail}`} className="gs-links-row">
          <LinkEnds link={link} text={text} spans={byId} colors={colors} />
          <button type="button" className="gs-button" onClick={() => store.removeGoldLink(link)} title="Take this link out of gold (recorded as rejected)">
            ✕ Remove
          </button>
        </li>
      ))}
    </ul>
  )
}

/**
 * The whole document with its gold spans drawn, where the adjudicator adds what nobody
 * marked (select, then a label's key) and removes or relabels a gold span (choose it, then
 * Delete or a label's key). The text is rendered as text nodes, never as HTML.
 */
export function DocumentPanel({ review, store, schema }: { readonly review: ReviewStore; readonly store: LinkReviewStore; readonly schema: Schema | undefined }) {
  const open = useStore(review, (state) => state.open)
  const selection = useStore(store, (state) => state.selection)
  const selectedSpanId = useStore(store, (state) => state.selectedSpanId)
  const linkFrom = useStore(store, (state) => state.linkFrom)
  const linkTo = useStore(store, (state) => state.linkTo)
  if (!open) return null
  const { text } = open
  const gold = open.state.gold.spans
  const colors = labelColors(schema)
  const range = selectedRange(selection)
  const chosen = gold.find((span) => span.id === selectedSpanId)
  const types = [...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])]
  const from = gold.find((span) => span.id === linkFrom)
  const quote = (span: Span | undefined) => (span ? `${span.label} “${text.slice(span.start, span.end)}”` : '')

  const onMouseUp = (event: MouseEvent<HTMLDivElement>): void => {
    const dom = window.getSelection()
    if (!dom || dom.rangeCount === 0 || !event.currentTarget.contains(dom.anchorNode)) return
    const anchor = offsetOf(dom.anchorNode, dom.anchorOffset)
    const focus = offsetOf(dom.focusNode, dom.focusOffset)
    if (anchor === null || focus === null) return
    dom.removeAllRanges()
    store.select({ anchor, focus })
  }

  return (
    <section className="gs-review-unit gs-doc" data-testid="review-document-view" aria-label="Document with its gold spans">
      <header className="gs-review-unit__head">
        <span className="gs-review-unit__count">Gold spans {gold.length}</span>
        <span className="gs-muted gs-review-small" data-testid="doc-selection" data-start={range.start} data-end={range.end} data-span={chosen?.id ?? ''}>
          {range.end > range.start
            ? `Selected ${range.start}–${range.end} “${text.slice(range.start, range.end)}”: press a label's key to add it to gold`
            : chosen
              ? `Chosen: ${chosen.label} “${text.slice(chosen.start, chosen.end)}” (${chosen.provenance?.decision ?? 'no provenance'}): a label's key relabels it, Delete removes it, Enter starts a link from it`
              : 'Select text with the mouse or Shift+←/→, or choose a gold span (click, J/K)'}
        </span>
      </header>
      {chosen && <GoldLinksOf span={chosen} gold={open.state.gold} text={text} store={store} colors={colors} />}
      {from && (
        <div className="gs-doc-linking" data-testid="doc-linking">
          {linkTo === null ? (
            <span>
              Link from {quote(from)}: choose the other end (click, J/K) and press <kbd>Enter</kbd> · <kbd>Esc</kbd> cancels
            </span>
          ) : (
            <>
              <span>
                {quote(from)} → {quote(gold.find((span) => span.id === linkTo))}:
              </span>
              {store.linkOptions().map((option, index) => (
                <button key={`${option.link.kind}-${option.name}`} type="button" className="gs-button" onClick={() => store.chooseLinkOption(index)} data-testid="doc-link-option">
                  <kbd>{index + 1}</kbd> {option.name} <span className="gs-muted">({option.link.kind})</span>
                </button>
              ))}
            </>
          )}
        </div>
      )}
      <ul className="gs-doc-keys" aria-label="Label keys">
        {types.map((type) =>
          type.hotkey ? (
            <li key={type.name}>
              <kbd>{type.hotkey.toUpperCase()}</kbd> <span style={type.color ? { borderBottom: `2px solid ${type.color}` } : undefined}>{type.name}</span>
            </li>
          ) : null
        )}
      </ul>
      <div className="gs-doc-text" onMouseUp={onMouseUp} data-testid="doc-text">
        {segments(text, gold, [range.start, range.end]).map((segment) => {
          const inner = segment.spans[0]
          const color = inner ? colors.get(inner.label) : undefined
          const selected = segment.start >= range.start && segment.end <= range.end && range.end > range.start
          const isChosen = chosen !== undefined && segment.spans.includes(chosen)
          const isLinkStart = from !== undefined && segment.spans.includes(from)
          const className = ['gs-doc-seg', inner ? 'gs-doc-seg--gold' : '', selected ? 'gs-doc-seg--selected' : '', isChosen ? 'gs-doc-seg--chosen' : '', segment.spans.length > 1 ? 'gs-doc-seg--nested' : '', isLinkStart ? 'gs-doc-seg--link-from' : '']
            .filter(Boolean)
            .join(' ')
          // The label of each span ending here, drawn by CSS (::after) so it is never part of the selectable text.
          const ending = gold.filter((span) => span.end === segment.end && segment.spans.includes(span)).map((span) => span.label)
          return (
            <span key={segment.start} data-at={segment.start} data-label={ending.length > 0 ? ending.join('·') : undefined} className={className} style={color ? { background: `${color}26`, borderBottomColor: color } : undefined} title={segment.spans.map((span) => span.label).join(' ⊂ ') || undefined}>
              {range.start === range.end && segment.start === range.start && <span className="gs-doc-caret" aria-hidden="true" />}
              {text.slice(segment.start, segment.end)}
            </span>
          )
        })}
      </div>
    </section>
  )
}
