import type { DocumentAnnotations } from '../model'
import { allowedRoles, rolesOf, type Role, type Schema } from '../schema'
import { findSpanById } from './findSpanById'

/** One declared role of an event as the editor's panel shows it. */
export interface RoleStatus {
  readonly role: Role
  /** Ids of the spans filling it, in argument order. */
  readonly filledBy: readonly string[]
  /** Required and not filled yet. */
  readonly missing: boolean
}

/**
 * The roles of event `eventId` in schema order, with who fills them and whether a required
 * one is still missing. Arguments whose role the type does not declare are not listed
 * here; `findEventProblems` reports them.
 */
export function eventRoleStatus(schema: Schema, annotations: DocumentAnnotations, eventId: string): RoleStatus[] {
  // One lookup per render of the event panel: a scan of the ids, not a 10k-entry Map built for each spans array.
  const trigger = findSpanById(annotations.spans, eventId)
  if (!trigger) return []
  const args = trigger.arguments ?? []
  return rolesOf(schema, trigger.label).map((role) => {
    const filledBy = args.filter((argument) => argument.role === role.name).map((argument) => argument.ref)
    return { role, filledBy, missing: role.required === true && filledBy.length === 0 }
  })
}

/**
 * The roles to offer when the annotator attaches span `argumentId` to event `eventId`:
 * those the schema allows for that pair, minus roles the span already fills in this event
 * and roles that are not repeatable and already filled. Empty when either id is unknown.
 */
export function rolesToOffer(schema: Schema, annotations: DocumentAnnotations, eventId: string, argumentId: string): Role[] {
  const trigger = findSpanById(annotations.spans, eventId)
  const argument = findSpanById(annotations.spans, argumentId)
  if (!trigger || !argument || eventId === argumentId) return []
  const args = trigger.arguments ?? []
  return allowedRoles(schema, trigger.label, argument.label).filter(
    (role) =>
      !args.some((existing) => existing.role === role.name && existing.ref === argumentId) &&
      (role.repeatable === true || !args.some((existing) => existing.role === role.name))
  )
}
