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
export {
  addArgument,
  addRelation,
  insertArgument,
  insertRelation,
  nextRelationId,
  removeArgument,
  removeRelation,
  setAttribute
} from './eventOperations'
export type { DocumentOperationResult, LinkOperation } from './eventOperations'
export { applyBatch, applyDocumentOperation, runSteps } from './documentOperation'
export type { DocumentOperation } from './documentOperation'
export { removeSpanWithLinks } from './removeSpanWithLinks'
export { relabelSpanWithLinks } from './relabelSpanWithLinks'
export { describeSpanUsage, usagesOfSpan } from './usagesOfSpan'
export { changedSpanRun } from './changedSpanRun'
export { findSpanById, spansStartingAt } from './findSpanById'
export type { SpanUsage } from './usagesOfSpan'
export { findEventProblems } from './findEventProblems'
export { findRelationProblems } from './findRelationProblems'
export { findAttributeProblems } from './findAttributeProblems'
export { findLinkProblems } from './findLinkProblems'
export { findLinkErrors } from './findLinkErrors'
export { describeLinkErrors } from './linkProblem'
export type { LinkProblem, LinkProblemCode } from './linkProblem'
export { eventRoleStatus, rolesToOffer } from './eventRoles'
export type { RoleStatus } from './eventRoles'
export { acceptSuggestions, pendingSuggestions, rejectSuggestions, setRejectedSuggestions } from './suggestionOperations'
export type { SetRejectedSuggestionsOperation } from './suggestionOperations'
