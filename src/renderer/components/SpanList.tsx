import { useState } from 'react'
import type { Span } from '../../core/model'
import type { DocumentStore } from '../state/documentStore'
import { useStore } from '../state/useStore'
import { focusEditor } from './LabelPalette'
import { useServices } from './servicesContext'
import { spanExcerpt } from './spanExcerpt'

const ROW_HEIGHT_PX = 30
const VIEW_HEIGHT_PX = 420
const OVERSCAN_ROWS = 8

/**
 * The document's spans in text order. Only the rows in view are in the DOM, so a
 * 10k-span document costs a few dozen elements here.
 */
export function SpanList({ document }: { readonly document: DocumentStore }) {
  const { selection, commands, session } = useServices()
  const spans = useStore(document, (state) => state.annotations.spans)
  const selectedId = useStore(selection, (state) => state.selectedSpanId)
  const schema = useStore(session, (state) => state.project?.schema ?? null)
  const [scrollTop, setScrollTop] = useState(0)
  const colors = new Map([...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => [type.name, type.color]))
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT_PX) - OVERSCAN_ROWS)
  const last = Math.min(spans.length, Math.ceil((scrollTop + VIEW_HEIGHT_PX) / ROW_HEIGHT_PX) + OVERSCAN_ROWS)
  const rows: Span[] = spans.slice(first, last)
  return (
    <section className="gs-panel gs-spanlist" aria-label="Spans">
      <div className="gs-panel__header">
        <h2>Spans</h2>
        <span className="gs-muted" data-testid="span-count">
          {spans.length}
        </span>
      </div>
      {spans.length === 0 ? (
        <p className="gs-muted gs-empty">No span yet. Select text, then press a label's key.</p>
      ) : (
        <div
          className="gs-spanlist__scroll"
          style={{ maxHeight: VIEW_HEIGHT_PX }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          data-testid="span-list"
        >
          <ul style={{ height: spans.length * ROW_HEIGHT_PX, position: 'relative' }}>
            {rows.map((span, index) => (
              <li key={span.id} style={{ position: 'absolute', top: (first + index) * ROW_HEIGHT_PX, left: 0, right: 0, height: ROW_HEIGHT_PX }}>
                <button
                  type="button"
                  className={`gs-spanrow${span.id === selectedId ? ' gs-spanrow--selected' : ''}`}
                  style={{ ['--gs-color' as string]: colors.get(span.label) ?? '#888888' }}
                  onClick={() => {
                    commands.selectSpan(span.id, { reveal: true })
                    focusEditor()
                  }}
                  data-testid="span-list-item"
                  data-span-id={span.id}
                >
                  <span className="gs-spanrow__label">{span.label}</span>
                  <span className="gs-spanrow__text">{spanExcerpt(document.text, span.start, span.end)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
