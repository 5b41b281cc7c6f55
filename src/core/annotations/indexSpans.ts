import type { Span } from '../model'

const spanIndexes = new WeakMap<readonly Span[], Map<string, Span>>()

/** Spans by id, built once per spans array: the link checks run on every save of 10k-span files. */
export function indexSpans(spans: readonly Span[]): ReadonlyMap<string, Span> {
  let index = spanIndexes.get(spans)
  if (!index) {
    index = new Map(spans.map((span) => [span.id, span]))
    spanIndexes.set(spans, index)
  }
  return index
}
