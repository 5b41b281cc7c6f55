// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Store } from '../../../src/renderer/state/store'
import { useSettledStore } from '../../../src/renderer/state/useSettledStore'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

class Counter extends Store<{ readonly count: number }> {
  set(count: number): void {
    this.setState({ count })
  }
}

const DELAY_MS = 300
const shown: number[] = []

function Shown({ store }: { readonly store: Counter }) {
  const count = useSettledStore(store, (state) => state.count, DELAY_MS)
  shown.push(count)
  return <span>{count}</span>
}

let root: Root | undefined
let container: HTMLElement

function render(store: Counter): void {
  act(() => root?.render(<Shown store={store} />))
}

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  shown.length = 0
  vi.useRealTimers()
})

function mount(store: Counter): void {
  vi.useFakeTimers()
  container = document.createElement('div')
  root = createRoot(container)
  render(store)
}

describe('useSettledStore', () => {
  it('shows a change only once the changes have paused for the delay', () => {
    const store = new Counter({ count: 1 })
    mount(store)
    act(() => store.set(2))
    act(() => vi.advanceTimersByTime(DELAY_MS - 1))
    expect(container.textContent).toBe('1')
    act(() => store.set(3))
    act(() => vi.advanceTimersByTime(DELAY_MS - 1))
    expect(container.textContent).toBe('1')
    act(() => vi.advanceTimersByTime(1))
    expect(container.textContent).toBe('3')
  })

  it('given another store, shows that store’s value at once, never the previous store’s', () => {
    const first = new Counter({ count: 1 })
    const second = new Counter({ count: 7 })
    mount(first)
    act(() => first.set(2))
    render(second)
    expect(container.textContent).toBe('7')
    expect(shown.slice(1)).not.toContain(1)
    expect(shown.slice(1)).not.toContain(2)
    // It now follows the second store, with the same pause.
    act(() => second.set(8))
    expect(container.textContent).toBe('7')
    act(() => vi.advanceTimersByTime(DELAY_MS))
    expect(container.textContent).toBe('8')
    // And no longer the first.
    act(() => first.set(5))
    act(() => vi.advanceTimersByTime(DELAY_MS))
    expect(container.textContent).toBe('8')
  })
})
