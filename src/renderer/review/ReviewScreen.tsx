import { useEffect, useMemo } from 'react'
import { REVIEW_GROUPS } from '../../core/review'
import { useServices } from '../components/servicesContext'
import { SaveStateView } from '../components/SaveIndicator'
import { useStore } from '../state/useStore'
import { ProgressBar } from './ProgressBar'
import { handleReviewKey } from './reviewKeys'
import { reviewStoreFor } from './reviewStoreFor'
import type { ReviewStore } from './reviewStore'
import { ReviewSidebar } from './ReviewSidebar'
import { GROUP_NAMES } from './UnitPanel'
import { handleLinkViewKey } from './links/linkReviewKeys'
import { linkReviewStoreFor } from './links/linkReviewStoreFor'
import { ReviewViews } from './links/ReviewViews'
import './review.css'

// As in useGlobalShortcuts: a menu command this soon after a handled key is that key's echo.
const MENU_ECHO_MS = 150

/** Fields where keys type text; a checkbox is not one, so the review keys work after ticking an annotator. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
}

function ReviewSaveState({ store }: { readonly store: ReviewStore }) {
  const status = useStore(store, (state) => state.save)
  return <SaveStateView status={status} onRetry={() => store.retrySaveNow()} testId="review-save" />
}

function DocumentHeader({ store }: { readonly store: ReviewStore }) {
  const open = useStore(store, (state) => state.open)
  const canUndo = useStore(store, (state) => state.canUndo)
  const canRedo = useStore(store, (state) => state.canRedo)
  const summary = useStore(store, (state) => state.documents.find((document) => document.documentId === state.open?.documentId))
  if (!open) return null
  const adjudicated = open.state.gold.status === 'done'
  return (
    <header className="gs-review-head">
      <div className="gs-review-head__row">
        <h1 className="gs-review-head__title">{open.documentId}</h1>
        <ProgressBar resolved={summary?.resolved ?? 0} total={summary?.total ?? open.disagreements.units.length} label="Units resolved in this document" testId="review-progress-document" />
        <span className={`gs-review-status${adjudicated ? ' gs-review-status--done' : ''}`} data-testid="review-adjudicated" data-done={adjudicated}>
          {adjudicated ? '✓ Adjudicated' : 'Not adjudicated'}
        </span>
        <div className="gs-topbar__spacer" />
        <ReviewSaveState store={store} />
      </div>
      <div className="gs-review-head__row">
        <ul className="gs-review-groups" aria-label="Units by group">
          {REVIEW_GROUPS.map((group) => (
            <li key={group} className={`gs-review-group gs-review-group--${group}`} data-testid={`review-count-${group}`}>
              {GROUP_NAMES[group]} <strong>{open.disagreements.counts[group]}</strong>
            </li>
          ))}
        </ul>
      </div>
      <div className="gs-review-head__row">
        <button type="button" className="gs-button" onClick={() => store.acceptAgreed()} disabled={open.disagreements.counts.agreed === 0} data-testid="review-accept-agreed">
          <kbd>A</kbd> Accept all agreed
        </button>
        <button type="button" className="gs-button" onClick={() => store.toggleAdjudicated()} data-testid="review-mark-done">
          <kbd>D</kbd> {adjudicated ? 'Reopen' : 'Mark adjudicated'}
        </button>
        <button type="button" className="gs-button" disabled={!canUndo} onClick={() => store.undo()} title="Undo (Ctrl+Z)">
          ↶ Undo
        </button>
        <button type="button" className="gs-button" disabled={!canRedo} onClick={() => store.redo()} title="Redo (Ctrl+Shift+Z)">
          ↷ Redo
        </button>
      </div>
      {open.readOnlyReason && <p className="gs-error">Read-only: {open.readOnlyReason}</p>}
    </header>
  )
}

/**
 * The review of annotators' disagreements: choose annotators and a document, then walk its
 * units with the keyboard; every decision goes to the gold layer (see docs/agreement.md).
 */
export function ReviewScreen() {
  const services = useServices()
  const store = reviewStoreFor(services)
  const schema = useStore(services.session, (state) => state.project?.schema)
  const open = useStore(store, (state) => state.open !== null)
  const loading = useStore(store, (state) => state.loading)
  const error = useStore(store, (state) => state.error)
  const labels = useMemo(() => [...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => type.name), [schema])
  const linkStore = linkReviewStoreFor(services)
  const hotkeys = useMemo(
    () => new Map([...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].flatMap((type) => (type.hotkey ? [[type.hotkey.toLowerCase(), type.name] as const] : []))),
    [schema]
  )

  useEffect(() => {
    void store.load().then(() => {
      // The annotators may have changed their files meanwhile: read the open document again.
      const current = store.getState().open
      if (current) void store.openDocument(current.documentId)
    })
  }, [store])

  useEffect(() => {
    const context = { labels, leave: () => services.view.setScreen('annotate') }
    let lastKeyAt = -Infinity
    // Capture phase: before the window-wide shortcuts, whose undo and text keys act on the annotated document.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || services.view.getState().helpOpen || isTypingTarget(event.target)) return
      if (handleLinkViewKey(event, linkStore, { hotkeys }) || handleReviewKey(event, store, context)) {
        lastKeyAt = performance.now()
        event.preventDefault()
        event.stopPropagation()
      } else if (event.key !== '?') {
        event.stopPropagation()
      }
    }
    // The desktop Edit menu's Undo/Redo; its accelerator may also arrive as the keydown handled just before.
    const stopMenu = services.connection.onMenuCommand((command) => {
      if ((command !== 'undo' && command !== 'redo') || performance.now() - lastKeyAt < MENU_ECHO_MS) return
      if (command === 'undo') store.undo()
      else store.redo()
    })
    window.addEventListener('keydown', onKeyDown, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      stopMenu()
    }
  }, [store, services, labels, linkStore, hotkeys])

  return (
    <div className="gs-review" data-testid="review-screen" data-keeps-focus>
      <ReviewSidebar store={store} />
      <main className="gs-review-main">
        <div className="gs-review-bar">
          <button type="button" className="gs-button" onClick={() => services.view.setScreen('annotate')} data-testid="review-back">
            ← Back to annotating <kbd>Esc</kbd>
          </button>
          {loading && <span className="gs-muted">Loading…</span>}
          {error && (
            <span className="gs-error" role="alert" data-testid="review-error">
              {error}
            </span>
          )}
        </div>
        <DocumentHeader store={store} />
        {open ? <ReviewViews review={store} store={linkStore} schema={schema} /> : <p className="gs-muted gs-review-empty">Choose a document on the left to review its disagreements.</p>}
      </main>
    </div>
  )
}
