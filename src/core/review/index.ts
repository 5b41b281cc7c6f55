export { findDisagreements, REVIEW_GROUPS } from './findDisagreements'
export type { AnnotatorVersion, Disagreements, FindDisagreementsOptions, ReviewGroup, ReviewUnit, UnitVersion } from './findDisagreements'
export { acceptAllAgreed, acceptVersion } from './acceptVersion'
