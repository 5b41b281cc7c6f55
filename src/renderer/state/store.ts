/** What a reader of a store needs: its current state, and a way to hear that it changed. */
export interface ReadableStore<S> {
  readonly getState: () => S
  readonly subscribe: (listener: () => void) => () => void
}

/**
 * A value that changes over time, outside React. React reads it with `useStore`
 * (useSyncExternalStore); everything else calls `subscribe`, which returns the unsubscribe.
 * The state is an immutable value replaced on each change, so snapshots compare by identity.
 */
export class Store<S> implements ReadableStore<S> {
  private readonly listeners = new Set<() => void>()

  constructor(private state: S) {}

  readonly getState = (): S => this.state

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  protected setState(next: S): void {
    if (Object.is(next, this.state)) return
    this.state = next
    for (const listener of [...this.listeners]) listener()
  }

  protected update(patch: Partial<S>): void {
    this.setState({ ...this.state, ...patch })
  }
}
