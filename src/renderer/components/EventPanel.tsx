import { eventRoleStatus, findSpanById, usagesOfSpan } from '../../core/annotations'
import type { Span } from '../../core/model'
import { findLabel, type Schema } from '../../core/schema'
import type { DocumentStore } from '../state/documentStore'
import { linkChoices, type LinkMode } from '../state/linkModeStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { useServices } from './servicesContext'
import { spanExcerpt } from './spanExcerpt'

function spanText(document: DocumentStore, span: Span | undefined): string {
  return span ? spanExcerpt(document.text, span.start, span.end, 60) : '(missing span)'
}

/** While a link is being made: what it links, and the choices (roles or relation types) digits 1–9 pick. */
function LinkChoices({ document, schema, mode }: { readonly document: DocumentStore; readonly schema: Schema; readonly mode: LinkMode }) {
  const { commands, selection } = useServices()
  const annotations = usePaintedStore(document, (state) => state.annotations)
  const targetId = usePaintedStore(selection, (state) => state.selectedSpanId)
  const sourceId = mode.kind === 'argument' ? mode.eventId : mode.headId
  const target = targetId === sourceId ? undefined : annotations.spans.find((span) => span.id === targetId)
  const choices = target ? linkChoices(schema, annotations, mode, target.id) : []
  const what = mode.kind === 'argument' ? (mode.role ? `the ${mode.role}` : 'an argument') : 'the other end of a relation'
  return (
    <div className="gs-linkmode" role="status" data-testid="link-mode" data-kind={mode.kind}>
      <p>
        Choose {what}: <kbd className="gs-kbd">Tab</kbd> to it or click it, then press its number (
        <kbd className="gs-kbd">Esc</kbd> cancels).
      </p>
      {target && choices.length === 0 && <p className="gs-muted">{target.label} “{spanText(document, target)}” cannot be linked here.</p>}
      {target && choices.length > 0 && (
        <ol className="gs-choices" data-testid="link-choices">
          {choices.slice(0, 9).map((choice, index) => (
            <li key={choice}>
              <button type="button" className="gs-button gs-choice" onClick={() => commands.chooseLink(index)} data-testid="link-choice" data-choice={choice}>
                <kbd className="gs-kbd">{index + 1}</kbd> {choice}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

/** The roles of an event: who fills each, which required ones are missing; add (Shift+A or +) and remove (×) arguments. */
function EventRoles({ document, schema, event }: { readonly document: DocumentStore; readonly schema: Schema; readonly event: Span }) {
  const { commands } = useServices()
  const annotations = usePaintedStore(document, (state) => state.annotations)
  const readOnly = document.readOnlyReason !== null
  const roles = eventRoleStatus(schema, annotations, event.id)
  const args = event.arguments ?? []
  const undeclared = args.map((argument, index) => ({ argument, index })).filter(({ argument }) => !roles.some((status) => status.role.name === argument.role))
  const findSpan = (id: string) => annotations.spans.find((span) => span.id === id)
  return (
    <ul className="gs-roles" data-testid="event-roles">
      {roles.map(({ role, missing }) => (
        <li key={role.name} className={missing ? 'gs-role gs-role--missing' : 'gs-role'} data-testid="event-role" data-role={role.name} data-missing={missing}>
          <span className="gs-role__name">
            {role.name}
            {role.required && <span title="required"> *</span>}
          </span>
          <span className="gs-role__fillers">
            {args.map((argument, index) =>
              argument.role === role.name ? (
                <span key={`${argument.ref}-${index}`} className="gs-filler" data-testid="role-filler" data-ref={argument.ref}>
                  <button type="button" className="gs-link" onClick={() => commands.selectSpan(argument.ref, { reveal: true })}>
                    {spanText(document, findSpan(argument.ref))}
                  </button>
                  <button type="button" className="gs-link" disabled={readOnly} onClick={() => commands.removeArgument(event.id, index)} aria-label={`Remove ${role.name} ${argument.ref}`} data-testid="remove-argument">
                    ×
                  </button>
                </span>
              ) : null
            )}
            {missing && <span className="gs-role__missing">missing</span>}
          </span>
          <button type="button" className="gs-link gs-role__add" disabled={readOnly} onClick={() => commands.startArgument(role.name)} title={`Add a ${role.name}: then click its span`} data-testid="add-role">
            +
          </button>
        </li>
      ))}
      {undeclared.map(({ argument, index }) => (
        <li key={`undeclared-${index}`} className="gs-role gs-role--missing" data-testid="event-role" data-role={argument.role}>
          <span className="gs-role__name">{argument.role} (not in the schema)</span>
          <span className="gs-role__fillers">{spanText(document, findSpan(argument.ref))}</span>
          <button type="button" className="gs-link" disabled={readOnly} onClick={() => commands.removeArgument(event.id, index)} data-testid="remove-argument">
            ×
          </button>
        </li>
      ))}
    </ul>
  )
}

/** The relations of a span and the events using it as an argument, each removable or selectable. */
function SpanLinks({ document, span, isEvent }: { readonly document: DocumentStore; readonly span: Span; readonly isEvent: boolean }) {
  const { commands } = useServices()
  const annotations = usePaintedStore(document, (state) => state.annotations)
  const readOnly = document.readOnlyReason !== null
  const findSpan = (id: string) => findSpanById(annotations.spans, id)
  const relations = annotations.relations.filter((relation) => relation.head === span.id || relation.tail === span.id)
  // From the usages index (kept per spans array), not a scan of every span's arguments.
  const usedBy = usagesOfSpan(annotations, span.id).flatMap((usage) => {
    const event = usage.kind === 'argument' ? findSpan(usage.eventId) : undefined
    return event && usage.kind === 'argument' ? [{ event, role: usage.role }] : []
  })
  if (relations.length === 0 && usedBy.length === 0) {
    return <p className="gs-muted gs-empty">{isEvent ? 'No relations. Shift+L links this event to another span.' : 'No links. Shift+L links this span to another.'}</p>
  }
  return (
    <ul className="gs-links" data-testid="span-links">
      {usedBy.map(({ event, role }) => (
        <li key={`${event.id}-${role}`} data-testid="used-by" data-event-id={event.id} data-role={role}>
          {role} of{' '}
          <button type="button" className="gs-link" onClick={() => commands.selectSpan(event.id, { reveal: true })}>
            {event.label} “{spanText(document, event)}”
          </button>
        </li>
      ))}
      {relations.map((relation) => {
        const otherId = relation.head === span.id ? relation.tail : relation.head
        return (
          <li key={relation.id} data-testid="relation" data-relation-id={relation.id}>
            {relation.head === span.id ? `${relation.type} → ` : `← ${relation.type} `}
            <button type="button" className="gs-link" onClick={() => commands.selectSpan(otherId, { reveal: true })}>
              {spanText(document, findSpan(otherId))}
            </button>{' '}
            <button type="button" className="gs-link" disabled={readOnly} onClick={() => commands.removeRelation(relation.id)} aria-label={`Remove relation ${relation.id}`} data-testid="remove-relation">
              ×
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * The event or links panel: for the selected event (or the one taking an argument), its
 * roles; for any selected span, its relations and the events using it; while a link is
 * being made, the choices to complete it.
 */
export function EventPanel({ document }: { readonly document: DocumentStore }) {
  const { selection, session, commands } = useServices()
  const schema = usePaintedStore(session, (state) => state.project?.schema ?? null)
  const selectedId = usePaintedStore(selection, (state) => state.selectedSpanId)
  const selectedStart = usePaintedStore(selection, (state) => state.anchor?.start)
  const mode = usePaintedStore(commands.linkMode, (state) => state)
  const focusId = mode?.kind === 'argument' ? mode.eventId : selectedId
  // The focused span itself, found by its start when it is the selected one: a label elsewhere renders nothing here.
  const focus = usePaintedStore(document, (state) => (focusId === null ? undefined : findSpanById(state.annotations.spans, focusId, focusId === selectedId ? selectedStart : undefined)))
  if (!schema || !focus) return null
  const isEvent = findLabel(schema, focus.label)?.kind === 'event'
  return (
    <section className="gs-panel gs-events" aria-label={isEvent ? 'Event' : 'Links'} data-testid="event-panel" data-span-id={focus.id}>
      <h2>
        {isEvent ? `Event ${focus.label}` : 'Links'} <span className="gs-muted">{focus.id}</span>
      </h2>
      {mode && <LinkChoices document={document} schema={schema} mode={mode} />}
      {isEvent && <EventRoles document={document} schema={schema} event={focus} />}
      {isEvent && !mode && <p className="gs-muted gs-hint">Shift+A, Tab to a span, then a digit: add an argument.</p>}
      <SpanLinks document={document} span={focus} isEvent={isEvent} />
    </section>
  )
}
