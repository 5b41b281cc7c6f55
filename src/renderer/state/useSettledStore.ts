import { startTransition, useEffect, useRef, useState } from 'react'
import type { Store } from './store'

/**
 * A slice of a store as it was when its changes last paused for `delayMs`: for views that
 * may lag behind the typing (charts, statistics), so a run of labels renders them once
 * instead of at every keystroke. Unlike `useStore`, a change does not render the caller
 * at all until the pause. The selector must return a stable value, as for `useStore`.
 */
export function useSettledStore<S, T>(store: Store<S>, selector: (state: S) => T, delayMs: number): T {
  const select = useRef(selector)
  select.current = selector
  const [settled, setSettled] = useState(() => selector(store.getState()))
  const shown = useRef(settled)
  shown.current = settled
  useEffect(() => {
    // Functions as values would be taken for state updaters: wrap the value.
    // A transition: React renders it in slices and lets a keystroke in between, so a chart
    // catching up after a pause never holds up the next label.
    const settle = (): void => startTransition(() => setSettled(() => select.current(store.getState())))
    settle()
    let timer: ReturnType<typeof setTimeout> | undefined
    let latest = select.current(store.getState())
    const unsubscribe = store.subscribe(() => {
      const value = select.current(store.getState())
      // Changes to other parts of the store neither render nor put the pause off.
      if (Object.is(value, latest)) return
      latest = value
      clearTimeout(timer)
      timer = Object.is(value, shown.current) ? undefined : setTimeout(settle, delayMs)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store, delayMs])
  return settled
}
