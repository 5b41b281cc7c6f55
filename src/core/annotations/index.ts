export { findSpanProblem } from './validateSpan'
export type { SpanBounds } from './validateSpan'
export {
  addSpan,
  applyOperation,
  compareSpans,
  insertSpan,
  nextSpanId,
  relabelSpan,
  removeSpan,
  setStatus
} from './operations'
export type { AnnotationOperation, NewSpan, OperationResult } from './operations'
