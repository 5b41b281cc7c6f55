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
    store = new ReviewStore(services.connection.api, () => services.session.getState().session?.annotator ?? null)
    stores.set(services, store)
  }
  return store
}
