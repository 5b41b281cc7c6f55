import type { SaveStatus } from '../state/autosaveQueue'
import { usePaintedStore } from '../state/usePaintedStore'
import { useStore } from '../state/useStore'
import { useServices } from './servicesContext'

function clockTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      // Nothing changed since the documents were read from disk.
      return 'Saved'
    case 'saving':
      return 'Saving…'
    case 'saved':
      return `Saved ${clockTime(status.savedAt)}`
    case 'failed':
      return `Save failed — retrying (${status.reason})`
  }
}

/** A save state as the top bar and the review screen show it; a failure offers to retry at once. */
export function SaveStateView({ status, onRetry, testId }: { readonly status: SaveStatus; readonly onRetry: () => void; readonly testId: string }) {
  const text = describeSaveStatus(status)
  return (
    <div className={`gs-save gs-save--${status.kind}`} title={text} data-testid={testId} data-state={status.kind} role="status" aria-live="polite">
      <span className="gs-save__dot" aria-hidden="true" />
      <span className="gs-save__text">{text}</span>
      {status.kind === 'failed' && (
        <button type="button" className="gs-link" onClick={onRetry}>
          Retry now
        </button>
      )}
    </div>
  )
}

/** Says at every moment whether the work is on disk. */
export function SaveIndicator() {
  const { session } = useServices()
  const status = usePaintedStore(session, (state) => state.save)
  const hasProject = useStore(session, (state) => state.project !== null)
  // Before a project is open there is nothing to save; "Saved" would mislead.
  if (!hasProject) return null
  return <SaveStateView status={status} onRetry={() => session.retrySavesNow()} testId="save-indicator" />
}
