import type { Span } from '../model'
import type { SpanUsage } from './usagesOfSpan'

export type ArgumentUsage = Extract<SpanUsage, { readonly kind: 'argument' }>

/**
 * Facts derived from one spans array (it is immutable, so they hold for its lifetime):
 * the largest `T<n>` id number, and the event arguments by the span they refer to.
 * Each is computed by one scan when first asked for, or carried over from the array an
 * edit was made from (`noteSpansChange`): labelling a word in a 10k-span document then
 * costs O(1) here instead of two scans of every span.
 */
interface SpanArrayFacts {
  largestIdNumber?: number
  argumentsByRef?: ReadonlyMap<string, readonly ArgumentUsage[]>
}

const factsOf = new WeakMap<readonly Span[], SpanArrayFacts>()

function facts(spans: readonly Span[]): SpanArrayFacts {
  let known = factsOf.get(spans)
  if (!known) {
    known = {}
    factsOf.set(spans, known)
  }
  return known
}

/** n of a `T<n>` id (digits only), else -1. A plain loop, no regex: it runs over every span id. */
export function spanIdNumber(id: string): number {
  if (id.charCodeAt(0) !== 84 /* T */ || id.length < 2) return -1
  let value = 0
  for (let index = 1; index < id.length; index++) {
    const digit = id.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** The largest n among the `T<n>` ids of `spans`, 0 when there is none. */
export function largestSpanIdNumber(spans: readonly Span[]): number {
  const known = facts(spans)
  if (known.largestIdNumber === undefined) {
    let largest = 0
    for (const span of spans) largest = Math.max(largest, spanIdNumber(span.id))
    known.largestIdNumber = largest
  }
  return known.largestIdNumber
}

/** Every argument of every event, by the id of the span filling it, in document order. */
export function argumentsByRef(spans: readonly Span[]): ReadonlyMap<string, readonly ArgumentUsage[]> {
  const known = facts(spans)
  if (known.argumentsByRef === undefined) {
    const byRef = new Map<string, ArgumentUsage[]>()
    for (const span of spans) {
      span.arguments?.forEach((argument, index) => {
        const usage: ArgumentUsage = { kind: 'argument', eventId: span.id, eventType: span.label, index, role: argument.role }
        const list = byRef.get(argument.ref)
        if (list) list.push(usage)
        else byRef.set(argument.ref, [usage])
      })
    }
    known.argumentsByRef = byRef
  }
  return known.argumentsByRef
}

/** One span put in, taken out, or replaced by another object with the same id. */
export type SpanChange =
  | { readonly kind: 'insert'; readonly span: Span }
  | { readonly kind: 'remove'; readonly span: Span }
  | { readonly kind: 'replace'; readonly before: Span; readonly after: Span }

/**
 * Carries the facts already known of `before` over to `after`, made from it by `change`,
 * where they stay true or are easily updated; the rest is recomputed if ever asked for.
 */
export function noteSpansChange(before: readonly Span[], after: readonly Span[], change: SpanChange): void {
  const known = factsOf.get(before)
  if (!known) return
  const carried: SpanArrayFacts = {}
  const largest = known.largestIdNumber
  if (largest !== undefined) {
    if (change.kind === 'insert') carried.largestIdNumber = Math.max(largest, spanIdNumber(change.span.id))
    // Removing the span holding the largest number leaves it unknown: one scan finds it again when needed.
    else if (change.kind === 'remove') carried.largestIdNumber = spanIdNumber(change.span.id) < largest ? largest : undefined
    else carried.largestIdNumber = largest
  }
  // The usages name the event's id, label and argument positions: unchanged unless the changed span holds arguments.
  const holdsArguments =
    change.kind === 'replace'
      ? change.before.arguments !== change.after.arguments || (change.before.label !== change.after.label && (change.before.arguments?.length ?? 0) > 0)
      : (change.span.arguments?.length ?? 0) > 0
  if (known.argumentsByRef !== undefined && !holdsArguments) carried.argumentsByRef = known.argumentsByRef
  factsOf.set(after, carried)
}
