import { useMemo } from 'react'
import { findSpanById, usagesOfSpan } from '../../core/annotations'
import type { DocumentStore } from '../state/documentStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { focusEditor } from './LabelPalette'
import { useServices } from './servicesContext'
import { SpanAttributes } from './SpanAttributes'
import { spanExcerpt } from './spanExcerpt'

/** The selected span: its text, offsets and provenance; change its label or attributes, or delete it. */
export function SpanDetails({ document }: { readonly document: DocumentStore }) {
  const { selection, commands, session } = useServices()
  const selectedId = usePaintedStore(selection, (state) => state.selectedSpanId)
  const selectedStart = usePaintedStore(selection, (state) => state.anchor?.start)
  // The span and its link count, not the spans: a label elsewhere in the text renders nothing here.
  const span = usePaintedStore(document, (state) => (selectedId === null ? undefined : findSpanById(state.annotations.spans, selectedId, selectedStart)))
  const links = usePaintedStore(document, (state) => (span ? usagesOfSpan(state.annotations, span.id).length : 0))
  const schema = usePaintedStore(session, (state) => state.project?.schema ?? null)
  // The same elements at each render, so React skips the options when a label selects a new span.
  const labelOptions = useMemo(
    () =>
      schema &&
      [...schema.entityTypes, ...schema.eventTypes].map((type) => (
        <option key={type.name} value={type.name}>
          {type.name}
        </option>
      )),
    [schema]
  )
  if (!span || !schema) {
    return (
      <section className="gs-panel gs-details" aria-label="Selected span">
        <h2>Selected span</h2>
        <p className="gs-muted gs-empty">Click a span, or press Tab, to select it.</p>
      </section>
    )
  }
  const readOnly = document.readOnlyReason !== null
  const guideline = [...schema.entityTypes, ...schema.eventTypes].find((type) => type.name === span.label)?.description
  return (
    <section className="gs-panel gs-details" aria-label="Selected span" data-testid="span-details" data-span-id={span.id}>
      <h2>
        Selected span <span className="gs-muted">{span.id}</span>
      </h2>
      <blockquote className="gs-details__text" data-testid="span-details-text">
        {spanExcerpt(document.text, span.start, span.end, 240)}
      </blockquote>
      <dl className="gs-details__facts">
        <dt>Offsets</dt>
        <dd>
          {span.start}–{span.end} <span className="gs-muted">(UTF-16)</span>
        </dd>
        <dt>By</dt>
        <dd>{span.annotator}</dd>
        <dt>Updated</dt>
        <dd>{new Date(span.updated).toLocaleString()}</dd>
      </dl>
      <div className="gs-details__actions">
        <label className="gs-field">
          <span>Label</span>
          <select
            // Uncontrolled, keyed by span and label: the panel follows the store a frame late,
            // and a controlled list would be set back to the old label for that frame.
            key={`${span.id}:${span.label}`}
            className="gs-input"
            defaultValue={span.label}
            disabled={readOnly}
            onChange={(event) => {
              commands.label(event.target.value)
              focusEditor()
            }}
            data-testid="span-label-select"
          >
            {labelOptions}
          </select>
        </label>
        <button
          type="button"
          className="gs-button gs-button--danger"
          disabled={readOnly}
          onClick={() => {
            commands.deleteSelectedSpan()
            focusEditor()
          }}
          data-testid="delete-span"
        >
          Delete
        </button>
      </div>
      {guideline && (
        <p className="gs-details__guideline" data-testid="span-guideline">
          <strong>{span.label}</strong>: {guideline}
        </p>
      )}
      {links > 0 && (
        <p className="gs-muted gs-hint" data-testid="delete-warning">
          Deleting it also removes its {links} link{links === 1 ? '' : 's'} (listed under Links); one undo brings all back.
        </p>
      )}
      <SpanAttributes span={span} schema={schema} readOnly={readOnly} />
    </section>
  )
}
