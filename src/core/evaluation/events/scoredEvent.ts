/**
 * An event as the event measures see it: its trigger's offsets and its type, and each
 * argument as a role and the offsets of the span filling it. Offsets are UTF-16 code units,
 * `end` exclusive. Ids play no part: two annotators' (or gold's and a system's) events are
 * compared by offsets, type and role only.
 */
export interface ScoredEvent {
  readonly start: number
  readonly end: number
  readonly type: string
  readonly arguments: readonly ScoredArgument[]
}

export interface ScoredArgument {
  readonly role: string
  readonly start: number
  readonly end: number
}
