import type { DocumentAnnotations } from '../model'
import { findRelationTypeProblem, type Schema } from '../schema'
import { indexSpans } from './indexSpans'
import type { LinkProblem } from './linkProblem'

/**
 * Problems of every relation. Errors: an id used twice (relation ids share the spans'
 * id space), a `head` or `tail` that is no span of the document, a relation from a span
 * to itself. Warnings: a type the schema does not declare or that does not accept the
 * labels of its ends.
 */
export function findRelationProblems(annotations: DocumentAnnotations, schema: Schema): LinkProblem[] {
  const problems: LinkProblem[] = []
  const spans = indexSpans(annotations.spans)
  const relationIds = new Set<string>()
  for (const relation of annotations.relations) {
    const name = `relation ${relation.id} (${relation.type} ${relation.head} → ${relation.tail})`
    const add = (severity: LinkProblem['severity'], code: LinkProblem['code'], message: string): void => {
      problems.push({ severity, code, subject: relation.id, message: `${name}: ${message}` })
    }
    if (spans.has(relation.id) || relationIds.has(relation.id)) add('error', 'duplicate-id', `id "${relation.id}" is used twice`)
    relationIds.add(relation.id)
    const head = spans.get(relation.head)
    const tail = spans.get(relation.tail)
    if (!head) add('error', 'dangling-ref', `no span "${relation.head}" in the document`)
    if (!tail) add('error', 'dangling-ref', `no span "${relation.tail}" in the document`)
    if (relation.head === relation.tail) add('error', 'self-reference', 'a relation cannot link a span to itself')
    if (!head || !tail) continue
    const typeProblem = findRelationTypeProblem(schema, relation.type, head.label, tail.label)
    if (typeProblem) add('warning', 'relation-not-allowed', typeProblem)
  }
  return problems
}
