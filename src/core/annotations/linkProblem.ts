/**
 * What can be wrong with events, relations and attributes. `error`s make a document
 * unsavable (a dangling id, a structure no export can represent); `warning`s are for the
 * editor to show (a role or relation the schema does not allow, a required role still
 * missing, an undeclared attribute) and never block a save: the schema may change later.
 */
export type LinkProblemCode =
  | 'duplicate-id'
  | 'dangling-ref'
  | 'self-reference'
  | 'not-a-trigger'
  | 'duplicate-argument'
  | 'role-repeated'
  | 'role-not-allowed'
  | 'missing-role'
  | 'relation-not-allowed'
  | 'attribute-not-allowed'

export interface LinkProblem {
  readonly severity: 'error' | 'warning'
  readonly code: LinkProblemCode
  /** The span (event or entity) or relation the problem is on. */
  readonly subject: string
  /** A sentence naming the ids involved, e.g. `event T5 (Attack): argument Place → T9: no span "T9"`. */
  readonly message: string
}

/** Just the errors, as one `; `-joined reason (empty string when there are none). */
export function describeLinkErrors(problems: readonly LinkProblem[]): string {
  return problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => problem.message)
    .join('; ')
}
