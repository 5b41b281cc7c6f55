import type { TextRange } from '../editor/wordBoundaries'
import { Store } from './store'

/**
 * What the annotator has selected in the open document: a text range made of an anchor and
 * a head (each a token or a mouse selection; the range covers both), and/or one span.
 * Offsets are UTF-16 code units, end-exclusive.
 */
export interface SelectionState {
  readonly anchor: TextRange | null
  readonly head: TextRange | null
  readonly selectedSpanId: string | null
  /** Bumped when the view should scroll the head into sight (keyboard moves, list clicks). */
  readonly reveal: number
}

const EMPTY: SelectionState = { anchor: null, head: null, selectedSpanId: null, reveal: 0 }

export function selectionRange(state: SelectionState): TextRange | null {
  if (!state.anchor || !state.head) return null
  return { start: Math.min(state.anchor.start, state.head.start), end: Math.max(state.anchor.end, state.head.end) }
}

export class SelectionStore extends Store<SelectionState> {
  constructor() {
    super(EMPTY)
  }

  clear(): void {
    this.setState({ ...EMPTY, reveal: this.getState().reveal })
  }

  setRange(anchor: TextRange, head: TextRange = anchor, options: { reveal?: boolean } = {}): void {
    const state = this.getState()
    this.setState({ anchor, head, selectedSpanId: null, reveal: options.reveal ? state.reveal + 1 : state.reveal })
  }

  selectSpan(span: TextRange & { readonly id: string }, options: { reveal?: boolean } = {}): void {
    const state = this.getState()
    const range = { start: span.start, end: span.end }
    this.setState({ anchor: range, head: range, selectedSpanId: span.id, reveal: options.reveal ? state.reveal + 1 : state.reveal })
  }
}
