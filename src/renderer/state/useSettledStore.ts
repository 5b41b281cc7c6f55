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
  // Kept with the store it was read from: given another store, its value is read at once
  // rather than showing the previous store's value until the next pause.
  const [settled, setSettled] = useState(() => ({ store, value: selector(store.getState()) }))
  const value = settled.store === store ? settled.value : selector(store.getState())
  const shown = useRef(value)
  shown.current = value
  useEffect(() => {
    // A transition: React renders it in slices and lets a keystroke in between, so a chart
    // catching up after a pause never holds up the next label.
    const settle = (): void => {
      const next = select.current(store.getState())
      startTransition(() => setSettled((previous) => (previous.store === store && Object.is(previous.value, next) ? previous : { store, value: next })))
    }
    settle()
    let timer: ReturnType<typeof setTimeout> | undefined
    let latest = select.current(store.getState())
    const unsubscribe = store.subscribe(() => {
      const next = select.current(store.getState())
      // Changes to other parts of the store neither render nor put the pause off.
      if (Object.is(next, latest)) return
      latest = next
      clearTimeout(timer)
      timer = Object.is(next, shown.current) ? undefined : setTimeout(settle, delayMs)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store, delayMs])
  return value
}
