import type { AppServices } from '../state/appServices'
import { JobStore } from './jobStore'
import './progress.css'

const stores = new WeakMap<AppServices, JobStore>()

/** The app's job store, made once per AppServices. */
export function jobStoreOf(services: AppServices): JobStore {
  let store = stores.get(services)
  if (!store) {
    store = new JobStore(services.connection.api)
    stores.set(services, store)
  }
  return store
}

/** Makes "Open corpus" run as a job, so a corpus of thousands of files shows progress and can be cancelled. */
export function openCorporaThroughJobs(services: AppServices): void {
  // A served API always has the job channels; test doubles may not, and keep the one-request opening.
  if (typeof services.connection.api['job:start'] !== 'function') return
  const jobs = jobStoreOf(services)
  services.session.setCorpusOpener((path) => jobs.run('Opening the corpus', { kind: 'openCorpus', path }))
}
