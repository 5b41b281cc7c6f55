import type { DocumentAnnotations } from '../model'
import type { Schema } from '../schema'
import { findAttributeProblems } from './findAttributeProblems'
import { findEventProblems } from './findEventProblems'
import { findRelationProblems } from './findRelationProblems'
import type { LinkProblem } from './linkProblem'

/** Every event, relation and attribute problem of the document, errors and warnings. */
export function findLinkProblems(annotations: DocumentAnnotations, schema: Schema): LinkProblem[] {
  return [...findEventProblems(annotations, schema), ...findRelationProblems(annotations, schema), ...findAttributeProblems(annotations, schema)]
}
