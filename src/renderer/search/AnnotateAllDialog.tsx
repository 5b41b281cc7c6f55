import { useServices } from '../components/servicesContext'
import { useStore } from '../state/useStore'
import type { PreviewItem } from './annotateAllStore'
import { searchServicesOf } from './searchServices'

function PreviewRow({ item, onToggle }: { readonly item: PreviewItem; readonly onToggle: () => void }) {
  const skipped = item.reason !== null
  return (
    <li className={skipped ? 'gs-annotate-all__item gs-annotate-all__item--skipped' : 'gs-annotate-all__item'} data-testid="annotate-all-item" data-skipped={skipped}>
      <label>
        <input type="checkbox" checked={item.checked} disabled={skipped} onChange={onToggle} />
        <span className="gs-search__doc">{item.documentId}</span>
        <span className="gs-search__context">
          {item.before}
          <mark>{item.match}</mark>
          {item.after}
        </span>
      </label>
      {skipped && <span className="gs-annotate-all__reason">skipped: {item.reason}</span>}
    </li>
  )
}

/** The preview of annotate-all (every occurrence with its context, a checkbox, or why it is skipped), then its progress. */
export function AnnotateAllDialog() {
  const services = useServices()
  const { annotateAll, search } = searchServicesOf(services)
  const state = useStore(annotateAll, (current) => current)
  if (state.phase === 'closed') return null
  const chosen = state.items.filter((item) => item.checked)
  const documents = new Set(chosen.map((item) => item.documentId)).size
  const skipped = state.items.length - state.items.filter((item) => item.reason === null).length
  const finish = (): void => {
    annotateAll.close()
    search.run()
  }
  return (
    <div className="gs-modal-backdrop">
      <div
        className="gs-modal gs-annotate-all"
        role="dialog"
        aria-modal="true"
        aria-labelledby="annotate-all-title"
        onKeyDown={(event) => {
          // Escape cancels before the run and asks a run to stop; the keys stay in the dialog.
          if (event.key === 'Escape' && state.phase === 'done') finish()
          else if (event.key === 'Escape') annotateAll.cancel()
          event.stopPropagation()
        }}
        data-testid="annotate-all-dialog"
        data-phase={state.phase}
      >
        <h2 id="annotate-all-title">
          Annotate all as <strong>{state.label}</strong>
        </h2>
        {state.phase === 'planning' && <p>Looking for occurrences…</p>}
        {state.phase === 'preview' && (
          <>
            <p data-testid="annotate-all-summary">
              {chosen.length} occurrence{chosen.length === 1 ? '' : 's'} in {documents} document{documents === 1 ? '' : 's'} will be labelled
              {skipped > 0 ? `; ${skipped} skipped` : ''}. Each document changes in one step (Ctrl+Z in an open document undoes it).
            </p>
            <div className="gs-button-group">
              <button type="button" className="gs-link" onClick={() => annotateAll.setAll(true)}>
                Select all
              </button>
              <button type="button" className="gs-link" onClick={() => annotateAll.setAll(false)}>
                Select none
              </button>
            </div>
            <ol className="gs-annotate-all__list">
              {state.items.map((item) => (
                <PreviewRow key={item.key} item={item} onToggle={() => annotateAll.toggle(item.key)} />
              ))}
            </ol>
          </>
        )}
        {state.phase === 'applying' && (
          <div className="gs-annotate-all__progress" data-testid="annotate-all-progress">
            <progress max={state.progress.total} value={state.progress.done} />
            <span>
              {state.progress.done} / {state.progress.total} documents{state.cancelRequested ? ' — stopping after this document…' : ''}
            </span>
          </div>
        )}
        {state.phase === 'done' && (
          <p role="status" data-testid="annotate-all-result">
            {state.message}
          </p>
        )}
        <div className="gs-annotate-all__actions">
          {state.phase === 'preview' && (
            <button type="button" className="gs-button gs-button--primary" disabled={chosen.length === 0} onClick={() => void annotateAll.apply()} autoFocus data-testid="annotate-all-apply">
              Label {chosen.length}
            </button>
          )}
          {state.phase === 'done' ? (
            <button type="button" className="gs-button" onClick={finish} autoFocus data-testid="annotate-all-close">
              Close
            </button>
          ) : (
            <button type="button" className="gs-button" disabled={state.cancelRequested} onClick={() => annotateAll.cancel()} data-testid="annotate-all-cancel">
              {state.phase === 'applying' ? 'Stop' : 'Cancel'}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
