import type { AppServices } from '../../state/appServices'
import { reviewStoreFor } from '../reviewStoreFor'
import { LinkReviewStore } from './linkReviewStore'

const stores = new WeakMap<AppServices, LinkReviewStore>()

/** The links and Document views' store of this window, beside its review store. */
export function linkReviewStoreFor(services: AppServices): LinkReviewStore {
  let store = stores.get(services)
  if (!store) {
    store = new LinkReviewStore(reviewStoreFor(services), () => services.session.getState().project?.schema ?? null)
    stores.set(services, store)
  }
  return store
}
