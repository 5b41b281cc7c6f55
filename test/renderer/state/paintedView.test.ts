import { afterEach, describe, expect, it, vi } from 'vitest'
import { paintedView } from '../../../src/renderer/state/paintedView'
import { Store } from '../../../src/renderer/state/store'

class Counter extends Store<{ readonly count: number }> {
  set(count: number): void {
    this.setState({ count })
  }
}

// No frames here (no requestAnimationFrame in node): afterNextPaint resolves on its 100 ms fallback.
const NEXT_PAINT_MS = 100

afterEach(() => {
  vi.useRealTimers()
})

describe('paintedView', () => {
  it('shows changes only once the next frame is painted, in one notification for a run of them', async () => {
    vi.useFakeTimers()
    const source = new Counter({ count: 1 })
    const view = paintedView(source)
    expect(paintedView(source)).toBe(view)
    const seen: number[] = []
    view.subscribe(() => seen.push(view.getState().count))
    source.set(2)
    source.set(3)
    expect(view.getState().count).toBe(1)
    await vi.advanceTimersByTimeAsync(NEXT_PAINT_MS - 1)
    expect(seen).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(seen).toEqual([3])
    expect(view.getState().count).toBe(3)
  })

  it('publishes every view at the same moment, so a reader of two stores sees both changes together', async () => {
    vi.useFakeTimers()
    const first = new Counter({ count: 1 })
    const second = new Counter({ count: 10 })
    const pairs: string[] = []
    const read = (): void => void pairs.push(`${paintedView(first).getState().count}/${paintedView(second).getState().count}`)
    paintedView(first).subscribe(read)
    paintedView(second).subscribe(read)
    first.set(2)
    second.set(20)
    await vi.advanceTimersByTimeAsync(NEXT_PAINT_MS)
    expect(pairs).toEqual(['2/20', '2/20'])
  })

  it('unobserved, shows the store as it is; once every reader has left, stops following it', async () => {
    vi.useFakeTimers()
    const source = new Counter({ count: 1 })
    const view = paintedView(source)
    source.set(2)
    expect(view.getState().count).toBe(2)
    const listener = vi.fn()
    const unsubscribe = view.subscribe(listener)
    unsubscribe()
    source.set(3)
    await vi.advanceTimersByTimeAsync(NEXT_PAINT_MS)
    expect(listener).not.toHaveBeenCalled()
    expect(view.getState().count).toBe(3)
  })
})
