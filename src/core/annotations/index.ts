export { findSpanProblem } from './validateSpan'
export type { SpanBounds } from './validateSpan'
