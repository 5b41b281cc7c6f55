import { useSyncExternalStore } from 'react'
import type { Store } from './store'

/** Reads a slice of a store; the selector must return a stable value (a field, not a new object). */
export function useStore<S, T>(store: Store<S>, selector: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()))
}
