import { memo } from 'react'
import type { DocumentSummary, ProjectProblem } from '../../core/api/contract'
import type { DocumentStatus } from '../../core/model'
import { filterDocuments } from '../state/filterDocuments'
import { findDocumentProblem } from '../state/sessionStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { useStore } from '../state/useStore'
import type { StatusFilter } from '../state/viewStore'
import { useServices } from './servicesContext'
import { VirtualList } from './VirtualList'

const ROW_HEIGHT_PX = 54

export const STATUS_TEXT: Readonly<Record<DocumentStatus, string>> = { todo: 'To do', in_progress: 'In progress', done: 'Done' }

interface DocumentRowProps {
  readonly summary: DocumentSummary
  readonly current: boolean
  readonly loading: boolean
  readonly problem: ProjectProblem | undefined
}

/** One document; memoised, so a label (which changes the open document's span count) renders that row only. */
const DocumentRow = memo(function DocumentRow({ summary, current, loading, problem }: DocumentRowProps) {
  const { session } = useServices()
  return (
    <button
      type="button"
      className={`gs-docitem${current ? ' gs-docitem--current' : ''}`}
      aria-current={current ? 'true' : undefined}
      onClick={() => void session.openDocument(summary.id)}
      data-testid="document-item"
      data-document-id={summary.id}
      data-status={summary.status}
    >
      <span className={`gs-status-dot gs-status-dot--${summary.status}`} aria-hidden="true" />
      <span className="gs-docitem__name">{summary.id}</span>
      <span className="gs-docitem__meta">
        {loading ? 'opening…' : `${summary.spanCount} span${summary.spanCount === 1 ? '' : 's'}`}
        <span className={`gs-badge gs-badge--${summary.status}`} data-testid="document-status">
          {STATUS_TEXT[summary.status]}
        </span>
        {problem && (
          <span className="gs-badge gs-badge--problem" title={`${problem.file}: ${problem.reason}`} data-testid="document-problem">
            ⚠ unreadable
          </span>
        )}
      </span>
    </button>
  )
})

export function DocumentList() {
  const { session, view } = useServices()
  const documents = usePaintedStore(session, (state) => state.documents)
  const currentId = usePaintedStore(session, (state) => state.currentDocumentId)
  const loadingId = usePaintedStore(session, (state) => state.loadingDocumentId)
  const project = usePaintedStore(session, (state) => state.project)
  const nameFilter = useStore(view, (state) => state.nameFilter)
  const statusFilter = useStore(view, (state) => state.statusFilter)
  const shown = filterDocuments(documents, nameFilter, statusFilter)
  const renderItem = (summary: DocumentSummary) => (
    <DocumentRow
      summary={summary}
      current={summary.id === currentId}
      loading={summary.id === loadingId}
      problem={project ? findDocumentProblem(project.problems, project.annotator, summary.id) : undefined}
    />
  )
  const doneCount = documents.filter((summary) => summary.status === 'done').length
  return (
    <nav className="gs-panel gs-doclist" aria-label="Documents">
      <div className="gs-panel__header">
        <h2>Documents</h2>
        {documents.length > 0 && (
          <span className="gs-muted" data-testid="progress">
            {doneCount}/{documents.length} done
          </span>
        )}
      </div>
      <div className="gs-doclist__filters">
        <input
          className="gs-input"
          type="search"
          placeholder="Filter by name"
          value={nameFilter}
          onChange={(event) => view.setNameFilter(event.target.value)}
          aria-label="Filter documents by name"
          data-testid="document-filter"
        />
        <select
          className="gs-input"
          value={statusFilter}
          onChange={(event) => view.setStatusFilter(event.target.value as StatusFilter)}
          aria-label="Filter documents by status"
          data-testid="status-filter"
        >
          <option value="all">All</option>
          <option value="todo">To do</option>
          <option value="in_progress">In progress</option>
          <option value="done">Done</option>
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="gs-muted gs-empty">No document matches.</p>
      ) : (
        <VirtualList items={shown} rowHeight={ROW_HEIGHT_PX} itemKey={(summary) => summary.id} renderItem={renderItem} className="gs-doclist__items" testId="document-list" activeIndex={shown.findIndex((summary) => summary.id === currentId)} />
      )}
    </nav>
  )
}
