import type { DocumentAnnotations } from '../model'
import { findAttributeProblem, type Schema } from '../schema'
import type { LinkProblem } from './linkProblem'

/** Warnings for attributes the schema does not declare for the span's label, or values it does not list. */
export function findAttributeProblems(annotations: DocumentAnnotations, schema: Schema): LinkProblem[] {
  const problems: LinkProblem[] = []
  for (const span of annotations.spans) {
    for (const [name, value] of Object.entries(span.attributes ?? {})) {
      const problem = findAttributeProblem(schema, span.label, name, value)
      if (problem) {
        problems.push({ severity: 'warning', code: 'attribute-not-allowed', subject: span.id, message: `span ${span.id} (${span.label}): ${problem}` })
      }
    }
  }
  return problems
}
