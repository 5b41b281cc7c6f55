import { sumProgress } from '../../core/review'
import { useStore } from '../state/useStore'
import { ProgressBar } from './ProgressBar'
import type { ReviewStore } from './reviewStore'

/** Choice of annotators, overall progress and the documents to review. */
export function ReviewSidebar({ store }: { readonly store: ReviewStore }) {
  const annotators = useStore(store, (state) => state.annotators)
  const chosen = useStore(store, (state) => state.chosen)
  const documents = useStore(store, (state) => state.documents)
  const openId = useStore(store, (state) => state.open?.documentId ?? null)
  const overall = sumProgress(documents)
  const adjudicated = documents.filter((document) => document.goldStatus === 'done').length
  return (
    <aside className="gs-review-side" aria-label="Review: annotators and documents">
      <section>
        <h2>Annotators</h2>
        {annotators.length < 2 && <p className="gs-muted">Review needs two annotators; this project has {annotators.length}.</p>}
        <div className="gs-review-annotators">
          {annotators.map((name) => (
            <label key={name} className="gs-review-annotator">
              <input type="checkbox" checked={chosen.includes(name)} onChange={() => void store.toggleAnnotator(name)} data-testid={`review-annotator-${name}`} />
              <span className="gs-review-annotator__key">{chosen.includes(name) ? chosen.indexOf(name) + 1 : ''}</span>
              {name}
            </label>
          ))}
        </div>
      </section>
      <section>
        <h2>Progress</h2>
        <ProgressBar resolved={overall.resolved} total={overall.total} label="Units resolved in all documents" testId="review-progress-overall" />
        <p className="gs-muted gs-review-small">
          {adjudicated} of {documents.length} document(s) adjudicated
        </p>
      </section>
      <section className="gs-review-docs">
        <h2>Documents</h2>
        {chosen.length >= 2 && documents.length === 0 && <p className="gs-muted">No document is annotated by all of {chosen.join(', ')}.</p>}
        <ul>
          {documents.map((document) => {
            const disagreements = document.total - document.counts.agreed
            return (
              <li key={document.documentId}>
                <button
                  type="button"
                  className={`gs-review-doc${document.documentId === openId ? ' gs-review-doc--open' : ''}`}
                  onClick={() => void store.openDocument(document.documentId)}
                  data-testid="review-document"
                  data-document-id={document.documentId}
                  data-resolved={document.resolved}
                  data-total={document.total}
                  aria-current={document.documentId === openId ? 'true' : undefined}
                >
                  <span className="gs-review-doc__name">
                    {document.goldStatus === 'done' && <span className="gs-review-doc__done" title="Adjudicated">✓ </span>}
                    {document.documentId}
                  </span>
                  <span className="gs-review-doc__counts">
                    <span title="Disagreements (units not agreed)">{disagreements} ≠</span>
                    <span title="Resolved units / all units">
                      {document.resolved}/{document.total}
                    </span>
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      </section>
    </aside>
  )
}
