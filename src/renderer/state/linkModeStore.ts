import { rolesToOffer } from '../../core/annotations'
import type { DocumentAnnotations } from '../../core/model'
import { allowedRelationTypes, type Schema } from '../../core/schema'
import { Store } from './store'

/**
 * A link being made: an argument for event `eventId` (with `role` fixed when it was chosen
 * in the event panel first), or a relation from span `headId`. The other end is the span
 * selected next; a digit (or Enter, or a click when the role is fixed) completes it.
 */
export type LinkMode =
  | { readonly kind: 'argument'; readonly eventId: string; readonly role: string | null }
  | { readonly kind: 'relation'; readonly headId: string }

export class LinkModeStore extends Store<LinkMode | null> {
  constructor() {
    super(null)
  }

  start(mode: LinkMode): void {
    this.setState(mode)
  }

  cancel(): void {
    this.setState(null)
  }
}

/**
 * What completing `mode` with span `targetId` may create, in the order digits 1–9 pick them:
 * the roles the schema offers for that event/span pair (only the fixed one, if any), or
 * the relation types allowed from the head's label to the target's. Empty when the target
 * is the link's own source or cannot be linked.
 */
export function linkChoices(schema: Schema, annotations: DocumentAnnotations, mode: LinkMode, targetId: string | null): string[] {
  if (targetId === null) return []
  if (mode.kind === 'argument') {
    const roles = rolesToOffer(schema, annotations, mode.eventId, targetId).map((role) => role.name)
    return mode.role === null ? roles : roles.filter((role) => role === mode.role)
  }
  if (targetId === mode.headId) return []
  const head = annotations.spans.find((span) => span.id === mode.headId)
  const tail = annotations.spans.find((span) => span.id === targetId)
  return head && tail ? allowedRelationTypes(schema, head.label, tail.label).map((type) => type.name) : []
}
