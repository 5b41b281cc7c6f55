import type { DocumentAnnotations } from '../model'
import type { Schema } from '../schema'
import { findEventProblems } from './findEventProblems'
import { findRelationProblems } from './findRelationProblems'
import { describeLinkErrors } from './linkProblem'

/**
 * `describeLinkErrors(findLinkProblems(…))` without building the warnings: every error is
 * on a span with arguments or on a relation, so the other spans are skipped. Every save
 * runs this; in a 10k-span file the warnings (a missing role on each event) cost ~40 ms.
 */
export function findLinkErrors(annotations: DocumentAnnotations, schema: Schema): string {
  const withArguments = annotations.spans.filter((span) => span.arguments !== undefined && span.arguments.length > 0)
  return describeLinkErrors([...findEventProblems(annotations, schema, withArguments), ...findRelationProblems(annotations, schema)])
}
