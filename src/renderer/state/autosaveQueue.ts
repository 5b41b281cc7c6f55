import { Store } from './store'

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly savedAt: string }
  | { readonly kind: 'failed'; readonly reason: string; readonly attempt: number; readonly retryInMs: number }

export interface AutosaveOptions {
  /** Waits between retries after the 1st, 2nd, … failure; the last one repeats. */
  readonly backoffMs?: readonly number[]
  readonly setTimer?: (callback: () => void, ms: number) => unknown
  readonly clearTimer?: (timer: unknown) => void
  /**
   * When to start a save after a change, returning how to cancel that; without it a save
   * starts at once. Changes made meanwhile join that save. `flush` starts it early.
   */
  readonly schedule?: (start: () => void) => () => void
  /**
   * For this long after the first unsaved change, each later change puts the scheduled save
   * off (cancels it and asks the schedule again); after it, the save keeps its time.
   */
  readonly maxPostponeMs?: number
  readonly now?: () => number
}

const EDIT_PAUSE_MS = 300

/**
 * Starts a save once the edits pause and the page is idle: a burst of labels costs one save
 * instead of one per keystroke, and neither the save's request nor its answer lands between
 * a key and its paint (on a 2-core machine the server's work competed with the keystrokes).
 */
export function whenEditsPause(start: () => void): () => void {
  let cancelIdle = (): void => undefined
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback !== 'function') return start()
    const handle = requestIdleCallback(start, { timeout: 500 })
    cancelIdle = () => cancelIdleCallback(handle)
  }, EDIT_PAUSE_MS)
  return () => {
    clearTimeout(timer)
    cancelIdle()
  }
}

const DEFAULT_BACKOFF_MS = [1000, 2000, 5000, 10_000, 30_000]

/**
 * Saves the latest value after each change: one save in flight at a time, later changes
 * coalesced into the next save, a failed save retried with backoff. The value is kept until
 * a save of it (or of a newer one) succeeds, so nothing in memory is dropped.
 */
export class AutosaveQueue<T> extends Store<SaveStatus> {
  private pending: T | undefined
  private inFlight = false
  private retryTimer: unknown
  private failures = 0
  private readonly backoffMs: readonly number[]
  private readonly setTimer: (callback: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void
  private readonly schedule: ((start: () => void) => () => void) | undefined
  private cancelScheduled: (() => void) | undefined
  private scheduledSince = 0
  private readonly maxPostponeMs: number | undefined
  private readonly now: () => number

  constructor(
    private readonly save: (value: T) => Promise<{ readonly savedAt: string }>,
    options: AutosaveOptions = {}
  ) {
    super({ kind: 'idle' })
    this.backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
    this.schedule = options.schedule
    this.maxPostponeMs = options.maxPostponeMs
    this.now = options.now ?? (() => Date.now())
  }

  /** True while a change has not been acknowledged as saved. */
  get hasUnsavedChanges(): boolean {
    return this.inFlight || this.pending !== undefined
  }

  push(value: T): void {
    this.pending = value
    if (this.inFlight || this.retryTimer !== undefined) return
    if (!this.schedule) return void this.run()
    if (this.cancelScheduled === undefined) this.scheduledSince = this.now()
    else if (this.maxPostponeMs !== undefined && this.now() - this.scheduledSince < this.maxPostponeMs) this.cancelScheduled()
    else return
    this.showSaving()
    this.cancelScheduled = this.schedule(() => {
      this.cancelScheduled = undefined
      void this.run()
    })
  }

  /** Starts a scheduled save now (before the page closes, say). */
  flush(): void {
    if (this.cancelScheduled === undefined) return
    this.cancelScheduled()
    this.cancelScheduled = undefined
    void this.run()
  }

  /** Once per run of changes: setting an equal status again would still render its views. */
  private showSaving(): void {
    if (this.getState().kind !== 'saving') this.setState({ kind: 'saving' })
  }

  /**
   * Resolves true once everything pushed so far is saved, or false as soon as a save fails
   * (the queue keeps retrying either way).
   */
  whenSaved(): Promise<boolean> {
    return new Promise((resolve) => {
      const check = (): boolean => {
        if (!this.hasUnsavedChanges) resolve(true)
        else if (this.getState().kind === 'failed') resolve(false)
        else return false
        return true
      }
      if (check()) return
      const stop = this.subscribe(() => {
        if (check()) stop()
      })
    })
  }

  /** Skips the backoff wait after a failure. */
  retryNow(): void {
    if (this.retryTimer === undefined) return
    this.clearTimer(this.retryTimer)
    this.retryTimer = undefined
    void this.run()
  }

  private async run(): Promise<void> {
    const value = this.pending
    if (value === undefined) return
    this.pending = undefined
    this.inFlight = true
    this.showSaving()
    try {
      const result = await this.save(value)
      this.inFlight = false
      this.failures = 0
      if (this.pending !== undefined) void this.run()
      else this.setState({ kind: 'saved', savedAt: result.savedAt })
    } catch (error) {
      this.inFlight = false
      // A newer change supersedes the failed value; otherwise keep the failed one to retry.
      if (this.pending === undefined) this.pending = value
      this.failures++
      const retryInMs = this.backoffMs[Math.min(this.failures, this.backoffMs.length) - 1] ?? 1000
      this.setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error), attempt: this.failures, retryInMs })
      this.retryTimer = this.setTimer(() => {
        this.retryTimer = undefined
        void this.run()
      }, retryInMs)
    }
  }
}
