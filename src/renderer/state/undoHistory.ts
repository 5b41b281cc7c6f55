import type { DocumentOperation } from '../../core/annotations'

/** One user action: the operations it applied and, in the order to apply them, its undo. */
export interface HistoryEntry {
  readonly operations: readonly DocumentOperation[]
  readonly inverses: readonly DocumentOperation[]
}

/** Undo and redo stacks of one document. A new action clears the redo stack. */
export class UndoHistory {
  private readonly past: HistoryEntry[] = []
  private future: HistoryEntry[] = []

  constructor(private readonly limit = 2000) {}

  get canUndo(): boolean {
    return this.past.length > 0
  }

  get canRedo(): boolean {
    return this.future.length > 0
  }

  record(entry: HistoryEntry): void {
    this.past.push(entry)
    if (this.past.length > this.limit) this.past.shift()
    this.future = []
  }

  /** Pops the last action; the caller applies its `inverses`. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.past.pop()
    if (entry) this.future.push(entry)
    return entry
  }

  /** Pops the last undone action; the caller applies its `operations`. */
  takeRedo(): HistoryEntry | undefined {
    const entry = this.future.pop()
    if (entry) this.past.push(entry)
    return entry
  }
}
