/**
 * A directed, typed link between two spans of one document (`head` → `tail`), e.g.
 * `located_in` from a place to the region that contains it. Ends are span ids: an entity
 * or a trigger (that is, an event).
 */
export interface Relation {
  /** `R<n>`, unique within the document across spans and relations. */
  readonly id: string
  readonly type: string
  readonly head: string
  readonly tail: string
}
