import { isLinkResolved } from '../../../core/review'
import type { Schema } from '../../../core/schema'
import { useStore } from '../../state/useStore'
import type { ReviewStore } from '../reviewStore'
import { UnitPanel } from '../UnitPanel'
import { DocumentPanel } from './DocumentPanel'
import { LinksPanel } from './LinksPanel'
import { REVIEW_VIEWS, type LinkReviewStore, type ReviewView } from './linkReviewStore'
import './links.css'

const VIEW_NAMES: Readonly<Record<ReviewView, string>> = { units: 'Spans', links: 'Links', document: 'Document' }

/** The open document's steps, one at a time: span units, links, the whole document (V cycles). */
export function ReviewViews({ review, store, schema }: { readonly review: ReviewStore; readonly store: LinkReviewStore; readonly schema: Schema | undefined }) {
  const view = useStore(store, (state) => state.view)
  // Read so the tab counts follow every decision.
  useStore(review, (state) => state.open?.state)
  const links = store.links()
  const open = links ? links.disputed.filter((item) => !isLinkResolved(item)).length : 0
  return (
    <>
      <nav className="gs-review-views" aria-label="Review steps">
        {REVIEW_VIEWS.map((name) => (
          <button key={name} type="button" className={`gs-review-view${name === view ? ' gs-review-view--current' : ''}`} aria-current={name === view ? 'page' : undefined} onClick={() => store.setView(name)} data-testid={`review-view-${name}`}>
            {VIEW_NAMES[name]}
            {name === 'links' && links && (
              <span className="gs-muted gs-review-small" title="Disputed links not decided / agreed links not carried yet">
                {' '}
                {open} open · {links.agreed.filter((item) => !item.inGold).length} to carry
              </span>
            )}
          </button>
        ))}
        <span className="gs-muted gs-review-small">
          {view === 'document' ? (
            // Letters are the schema's labels in this view.
            <>
              <kbd>Shift+V</kbd> previous step · <kbd>Esc</kbd> back to spans
            </>
          ) : (
            <>
              <kbd>V</kbd>/<kbd>Shift+V</kbd> next/previous step · <kbd>L</kbd> carry agreed links
            </>
          )}
        </span>
      </nav>
      {view === 'units' && <UnitPanel store={review} schema={schema} />}
      {view === 'links' && <LinksPanel review={review} store={store} schema={schema} />}
      {view === 'document' && <DocumentPanel review={review} store={store} schema={schema} />}
    </>
  )
}
