import { useMemo } from 'react'
import { AnnotationEditor } from '../editor/AnnotationEditor'
import type { DocumentStore } from '../state/documentStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { useStore } from '../state/useStore'
import { STATUS_TEXT } from './DocumentList'
import { useServices } from './servicesContext'

function DocumentHeader({ document }: { readonly document: DocumentStore }) {
  const { session, commands } = useServices()
  const status = usePaintedStore(document, (state) => state.annotations.status)
  const spanCount = usePaintedStore(document, (state) => state.annotations.spans.length)
  // The text never changes: its length is formatted once per document, not at each label.
  const characters = useMemo(() => document.text.length.toLocaleString(), [document])
  return (
    <div className="gs-dochead">
      <h1 className="gs-dochead__title" data-testid="document-title">
        {document.id}
      </h1>
      <span className={`gs-badge gs-badge--${status}`} data-testid="current-status" data-status={status}>
        {STATUS_TEXT[status]}
      </span>
      <span className="gs-muted">
        {spanCount} span{spanCount === 1 ? '' : 's'} · {characters} characters
      </span>
      <div className="gs-topbar__spacer" />
      <button
        type="button"
        className="gs-button gs-button--primary"
        disabled={document.readOnlyReason !== null}
        onClick={() => void commands.markDoneAndNext(session.getState().documents)}
        title="Mark done and open the next document (Ctrl/Cmd+Enter)"
        data-testid="mark-done"
      >
        ✓ Done &amp; next
      </button>
    </div>
  )
}

function Notice() {
  const { view } = useServices()
  const notice = useStore(view, (state) => state.notice)
  if (!notice) return null
  return (
    <div className="gs-notice" role="status" data-testid="notice">
      {notice}
      <button type="button" className="gs-link" onClick={() => view.setNotice(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  )
}

/** The centre: the open document's header, notices, and the text with its spans. */
export function DocumentPane() {
  const { session, selection, commands } = useServices()
  const document = useStore(session, (state) => state.document)
  const schema = useStore(session, (state) => state.project?.schema ?? null)
  const loading = useStore(session, (state) => state.loadingDocumentId)
  const failure = useStore(session, (state) => state.documentError)
  if (failure && !loading) {
    return (
      <main className="gs-center gs-center--empty" aria-label="Document">
        <div className="gs-banner gs-banner--error gs-failure" role="alert" data-testid="document-error" data-document-id={failure.documentId}>
          <div>
            <strong>{failure.documentId} cannot be opened.</strong> Its annotation file is left exactly as it is; fix or
            remove it (the previous version is kept beside it as <code>.bak</code>), then open the document again.
            <p className="gs-failure__reason">{failure.reason}</p>
          </div>
        </div>
      </main>
    )
  }
  if (!document || !schema) {
    return (
      <main className="gs-center gs-center--empty">
        <p className="gs-muted">{loading ? `Opening ${loading}…` : 'Choose a document on the left.'}</p>
      </main>
    )
  }
  return (
    <main className="gs-center" aria-label="Document">
      <DocumentHeader document={document} />
      {document.readOnlyReason && (
        <div className="gs-banner gs-banner--error" role="alert" data-testid="read-only-banner">
          <strong>Read-only.</strong> The annotation file could not be read, so it is left untouched and nothing will be
          saved: {document.readOnlyReason}
        </div>
      )}
      <Notice />
      <AnnotationEditor key={document.id} document={document} selection={selection} commands={commands} schema={schema} />
    </main>
  )
}
