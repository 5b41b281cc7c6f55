import type { AppServices } from '../state/appServices'
import { AnnotateAllStore } from './annotateAllStore'
import { SearchStore } from './searchStore'

export interface SearchServices {
  readonly search: SearchStore
  readonly annotateAll: AnnotateAllStore
}

const created = new WeakMap<AppServices, SearchServices>()

/** The search panel's and annotate-all's stores of an app, made on first use. */
export function searchServicesOf(services: AppServices): SearchServices {
  let found = created.get(services)
  if (!found) {
    found = {
      search: new SearchStore(services.connection.api, services.session, services.selection),
      annotateAll: new AnnotateAllStore(services.connection.api, services.session)
    }
    created.set(services, found)
  }
  return found
}
