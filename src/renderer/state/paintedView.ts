import { afterNextPaint } from './afterNextPaint'
import type { ReadableStore } from './store'

// Every view due takes its store's state in the same task, all before any reader is told,
// so React renders their readers together, once, and no reader sees one view ahead of another.
const due = new Set<PaintedView<unknown>>()

function publishAfterNextPaint(view: PaintedView<unknown>): void {
  if (due.size === 0) {
    void afterNextPaint().then(() => {
      const views = [...due]
      due.clear()
      const changed = views.filter((each) => each.catchUp())
      for (const each of changed) each.notify()
    })
  }
  due.add(view)
}

/**
 * A store's changes, shown once the frame after them has been painted. Side panels read the
 * stores through it: a label is drawn in the text in the keystroke's own frame, and the lists
 * and details around it follow in the next, so their rendering never delays the highlight.
 * All views publish together, so panels reading several stores see them at the same moment.
 */
class PaintedView<S> implements ReadableStore<S> {
  private readonly listeners = new Set<() => void>()
  private shown: S
  private unsubscribeSource: (() => void) | null = null

  constructor(private readonly source: ReadableStore<S>) {
    this.shown = source.getState()
  }

  // Unobserved, nothing is pending: the source's state is the one to show.
  readonly getState = (): S => (this.unsubscribeSource ? this.shown : this.source.getState())

  readonly subscribe = (listener: () => void): (() => void) => {
    if (!this.unsubscribeSource) {
      this.shown = this.source.getState()
      this.unsubscribeSource = this.source.subscribe(() => publishAfterNextPaint(this as PaintedView<unknown>))
    }
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size > 0 || !this.unsubscribeSource) return
      this.unsubscribeSource()
      this.unsubscribeSource = null
    }
  }

  /** Takes the source's state; whether it differs from the one shown. */
  catchUp(): boolean {
    const next = this.source.getState()
    if (Object.is(next, this.shown) || !this.unsubscribeSource) return false
    this.shown = next
    return true
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener()
  }
}

const views = new WeakMap<ReadableStore<unknown>, PaintedView<unknown>>()

/** The painted view of `store`: one per store, so React sees the same subscription at each render. */
export function paintedView<S>(store: ReadableStore<S>): ReadableStore<S> {
  let view = views.get(store) as PaintedView<S> | undefined
  if (!view) {
    view = new PaintedView(store)
    views.set(store, view as PaintedView<unknown>)
  }
  return view
}
