import type { DocumentAnnotations, Span } from '../model'
import { findLabel, findRoleProblem, rolesOf, type Schema } from '../schema'
import { indexSpans } from './indexSpans'
import type { LinkProblem } from './linkProblem'

/**
 * Problems of every event (trigger span) of the document against the schema. Errors:
 * an argument whose `ref` is no span of the document, that is the event itself or is
 * listed twice with the same role, arguments on a span whose label is not an event type,
 * a role that is not repeatable filled twice. Warnings: a role the event type does not
 * declare or that does not take the argument's label, a required role not yet filled.
 */
export function findEventProblems(
  annotations: DocumentAnnotations,
  schema: Schema,
  /** The spans to check (all by default); arguments are looked up among all of the document's spans. */
  checked: readonly Span[] = annotations.spans
): LinkProblem[] {
  const problems: LinkProblem[] = []
  const spans = indexSpans(annotations.spans)
  for (const span of checked) {
    const kind = findLabel(schema, span.label)?.kind
    const args = span.arguments ?? []
    const name = `event ${span.id} (${span.label})`
    const add = (severity: LinkProblem['severity'], code: LinkProblem['code'], message: string): void => {
      problems.push({ severity, code, subject: span.id, message: `${name}: ${message}` })
    }
    if (kind !== 'event') {
      if (args.length > 0) add('error', 'not-a-trigger', `has ${args.length} argument(s) but ${span.label} is not an event type`)
      continue
    }
    const seen = new Set<string>()
    const filled = new Map<string, number>()
    for (const argument of args) {
      const where = `argument ${argument.role} → ${argument.ref}`
      const target = spans.get(argument.ref)
      if (!target) {
        add('error', 'dangling-ref', `${where}: no span "${argument.ref}" in the document`)
        continue
      }
      if (argument.ref === span.id) add('error', 'self-reference', `${where}: an event cannot be its own argument`)
      const key = `${argument.role}\u0000${argument.ref}`
      if (seen.has(key)) add('error', 'duplicate-argument', `${where}: listed twice`)
      seen.add(key)
      filled.set(argument.role, (filled.get(argument.role) ?? 0) + 1)
      const roleProblem = findRoleProblem(schema, span.label, argument.role, target.label)
      if (roleProblem) add('warning', 'role-not-allowed', `${where}: ${roleProblem}`)
    }
    for (const role of rolesOf(schema, span.label)) {
      const count = filled.get(role.name) ?? 0
      if (count > 1 && role.repeatable !== true) add('error', 'role-repeated', `role ${role.name} is filled ${count} times but is not repeatable`)
      if (count === 0 && role.required === true) add('warning', 'missing-role', `required role ${role.name} is missing`)
    }
  }
  return problems
}
