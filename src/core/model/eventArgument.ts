/** One argument of an event: `ref` (the id of an entity span, or of a trigger) fills `role`. */
export interface EventArgument {
  readonly role: string
  readonly ref: string
}
