import { useSyncExternalStore } from 'react'
import type { ReadableStore } from './store'

/** Reads a slice of a store; the selector must return a stable value (a field, not a new object). */
export function useStore<S, T>(store: ReadableStore<S>, selector: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()))
}
