import type { Span } from '../../core/model'
import type { DocumentStore } from '../state/documentStore'
import { useStore } from '../state/useStore'
import { focusEditor } from './LabelPalette'
import { useServices } from './servicesContext'
import { spanExcerpt } from './spanExcerpt'
import { VirtualList } from './VirtualList'

const ROW_HEIGHT_PX = 30
const VIEW_HEIGHT_PX = 420

/** The document's spans in text order; only the rows in view are in the DOM. */
export function SpanList({ document }: { readonly document: DocumentStore }) {
  const { selection, commands, session } = useServices()
  const spans = useStore(document, (state) => state.annotations.spans)
  const selectedId = useStore(selection, (state) => state.selectedSpanId)
  const schema = useStore(session, (state) => state.project?.schema ?? null)
  const colors = new Map([...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => [type.name, type.color]))
  const renderSpan = (span: Span) => (
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
  )
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
