import { paintedView } from './paintedView'
import type { ReadableStore } from './store'
import { useStore } from './useStore'

/** `useStore` for side panels: the slice as of the last painted frame (see paintedView). */
export function usePaintedStore<S, T>(store: ReadableStore<S>, selector: (state: S) => T): T {
  return useStore(paintedView(store), selector)
}
