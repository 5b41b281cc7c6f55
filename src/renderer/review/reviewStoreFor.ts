import type { AppServices } from '../state/appServices'
import { ReviewStore } from './reviewStore'

const stores = new WeakMap<AppServices, ReviewStore>()

/**
 * The review store of this window, created on first use and kept while the window lives,
 * so leaving the review screen neither loses the review nor stops a save still retrying.
 */
export function reviewStoreFor(services: AppServices): ReviewStore {
  let store = stores.get(services)
  if (!store) {
    const created = new ReviewStore(
      services.connection.api,
      () => services.session.getState().session?.annotator ?? null,
      () => new Date().toISOString(),
      () => services.session.getState().project?.schema ?? null
    )
    // Web mode only, as for the annotated documents: a browser tab closing would drop an unsaved decision.
    if (services.connection.mode === 'web') {
      window.addEventListener('beforeunload', (event) => {
        if (created.hasUnsavedChanges) event.preventDefault()
      })
    }
    stores.set(services, created)
    store = created
  }
  return store
}
