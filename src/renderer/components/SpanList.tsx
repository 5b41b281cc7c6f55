import { memo, useMemo } from 'react'
import type { Span } from '../../core/model'
import type { DocumentStore } from '../state/documentStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { focusEditor } from './LabelPalette'
import { useServices } from './servicesContext'
import { spanExcerpt } from './spanExcerpt'
import { VirtualList } from './VirtualList'

const ROW_HEIGHT_PX = 30
const VIEW_HEIGHT_PX = 420

interface SpanRowProps {
  readonly span: Span
  readonly text: string
  readonly selected: boolean
  readonly colour: string
}

/** One row; memoised, so a label re-renders only the rows whose span (or selection) changed. */
const SpanRow = memo(function SpanRow({ span, text, selected, colour }: SpanRowProps) {
  const { commands } = useServices()
  return (
    <button
      type="button"
      className={`gs-spanrow${selected ? ' gs-spanrow--selected' : ''}`}
      style={{ ['--gs-color' as string]: colour }}
      onClick={() => {
        commands.selectSpan(span.id, { reveal: true })
        focusEditor()
      }}
      data-testid="span-list-item"
      data-span-id={span.id}
    >
      <span className="gs-spanrow__label">{span.label}</span>
      <span className="gs-spanrow__text">{spanExcerpt(text, span.start, span.end)}</span>
    </button>
  )
})

/** The document's spans in text order; only the rows in view are in the DOM. */
export function SpanList({ document }: { readonly document: DocumentStore }) {
  const { selection, session } = useServices()
  const spans = usePaintedStore(document, (state) => state.annotations.spans)
  const selectedId = usePaintedStore(selection, (state) => state.selectedSpanId)
  const schema = usePaintedStore(session, (state) => state.project?.schema ?? null)
  const colours = useMemo(() => new Map([...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => [type.name, type.color])), [schema])
  const renderSpan = (span: Span) => <SpanRow span={span} text={document.text} selected={span.id === selectedId} colour={colours.get(span.label) ?? '#888888'} />
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
        <VirtualList
          items={spans}
          rowHeight={ROW_HEIGHT_PX}
          maxHeight={VIEW_HEIGHT_PX}
          itemKey={(span) => span.id}
          renderItem={renderSpan}
          className="gs-spanlist__scroll"
          testId="span-list"
        />
      )}
    </section>
  )
}
