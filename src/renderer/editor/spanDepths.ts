import type { Span } from '../../core/model'

/**
 * Gives each span a depth (a lane) so overlapping and nested spans are drawn as stacked
 * underlines: a span takes the lowest lane that is free over its whole range. Outer spans
 * come first (start ascending, end descending), so a nested span sits below its container.
 * O(n log n + n·lanes); lanes stay small in real text. Identical ranges keep their given order.
 */
export function computeSpanDepths(spans: readonly Span[]): Map<string, number> {
  // Spans arrive nearly in this order already (sorted by start), so the stable sort is cheap.
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const laneEnds: number[] = []
  const depths = new Map<string, number>()
  for (const span of ordered) {
    let lane = laneEnds.findIndex((end) => end <= span.start)
    if (lane < 0) {
      lane = laneEnds.length
      laneEnds.push(span.end)
    } else {
      laneEnds[lane] = span.end
    }
    depths.set(span.id, lane)
  }
  return depths
}
