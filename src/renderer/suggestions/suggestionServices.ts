import type { AppServices } from '../state/appServices'
import type { DocumentStore } from '../state/documentStore'
import { Store } from '../state/store'
import { SuggestionStore } from './suggestionStore'

const stores = new WeakMap<DocumentStore, SuggestionStore>()

/**
 * The suggestion store of an open document, made on first use. The editor's suggestion
 * layer asks for it by document; the services below load it from the project.
 */
export function suggestionStoreFor(document: DocumentStore, services: Pick<AppServices, 'selection'>): SuggestionStore {
  let store = stores.get(document)
  if (!store) {
    store = new SuggestionStore(document, services.selection)
    stores.set(document, store)
  }
  return store
}

/** Which document's suggestions are shown now, so React and the keys find them. */
export interface SuggestionServices {
  readonly current: Store<{ readonly store: SuggestionStore | null }>
  /** Reloads the shown document's suggestions (after an import) and marks the others stale. */
  reload(): Promise<void>
}

const services = new WeakMap<AppServices, SuggestionServices>()

class CurrentSuggestions extends Store<{ readonly store: SuggestionStore | null }> {
  set(store: SuggestionStore | null): void {
    if (store !== this.getState().store) this.setState({ store })
  }
}

/**
 * The suggestions of the app, made once per AppServices: follows the open document and
 * loads its suggestions the first time it is shown after start or after an import.
 */
export function suggestionServicesOf(app: AppServices): SuggestionServices {
  let made = services.get(app)
  if (made) return made
  const current = new CurrentSuggestions({ store: null })
  let generation = 0
  const loaded = new WeakMap<SuggestionStore, number>()
  const show = async (): Promise<void> => {
    const document = app.session.getState().document
    const store = document ? suggestionStoreFor(document, app) : null
    current.set(store)
    if (!store || loaded.get(store) === generation) return
    loaded.set(store, generation)
    try {
      await store.load(app.connection.api)
    } catch (error) {
      loaded.delete(store)
      app.session.addBanner('warning', `Cannot load the suggestions of ${store.document.id}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  app.session.subscribe(() => void show())
  void show()
  made = {
    current,
    reload: async () => {
      generation++
      await show()
    }
  }
  services.set(app, made)
  return made
}
