import { useServices } from '../components/servicesContext'
import { useStore } from '../state/useStore'
import { jobStoreOf } from './jobServices'

/** The running long operation: what it does, how far it is, and Cancel. Hidden when none runs. */
export function JobProgressBar() {
  const services = useServices()
  const jobs = jobStoreOf(services)
  const { shown, title } = useStore(jobs, (state) => state)
  if (!shown) return null
  const percent = shown.total ? Math.floor((shown.done / shown.total) * 100) : null
  return (
    <div className="gs-job" role="status" aria-live="polite" data-testid="job-progress">
      <span className="gs-job__title">{title}</span>
      <progress className="gs-job__bar" max={shown.total ?? undefined} value={shown.total ? shown.done : undefined} />
      <span className="gs-muted" data-testid="job-phase">
        {shown.phase}
        {percent !== null ? ` (${percent}%)` : ''}
      </span>
      <button type="button" className="gs-button" onClick={() => void jobs.cancel()} data-testid="job-cancel">
        Cancel
      </button>
    </div>
  )
}
