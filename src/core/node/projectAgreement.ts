import type { ChannelPayload, ChannelResults, ProjectProblem } from '../api'
import type { ProjectAgreement } from '../api/agreementResults'
import { buildAgreementReport, labelConfusion, labelDistribution, type AgreementSpan } from '../agreement'
import { eventsFromSpans, type ScoredEvent } from '../evaluation'
import { GOLD_ANNOTATOR, listAnnotations, listAnnotators, type Project } from './project'
import { WorkspaceError } from './workspaceError'

/** The inputs of the agreement measures, read from a project's annotation files. */
export interface ProjectAgreementInput {
  readonly set: Record<string, Record<string, AgreementSpan[]>>
  readonly events: Record<string, Record<string, ScoredEvent[]>>
  /** Text length of every document, in UTF-16 units (for α_u). */
  readonly lengths: Record<string, number>
  readonly problems: readonly ProjectProblem[]
}

/**
 * Each annotator's spans and events by document. An annotator has annotated a document
 * when its file says so: status other than `todo`, or at least one span; untouched
 * documents are left out, not counted as empty. Events are the spans whose label is an
 * event type of the project schema. Unreadable files are returned in `problems`.
 */
export async function readProjectAgreementInput(project: Project, annotators: readonly string[]): Promise<ProjectAgreementInput> {
  const set: ProjectAgreementInput['set'] = {}
  const events: ProjectAgreementInput['events'] = {}
  const problems: ProjectProblem[] = []
  const eventTypes = new Set(project.config.schema.eventTypes.map((type) => type.name))
  for (const annotator of annotators) {
    const listed = await listAnnotations(project, annotator)
    problems.push(...listed.problems)
    set[annotator] = {}
    events[annotator] = {}
    for (const [documentId, annotations] of listed.byDocument) {
      if (annotations.status === 'todo' && annotations.spans.length === 0) continue
      set[annotator][documentId] = annotations.spans.map(({ start, end, label }) => ({ start, end, label }))
      events[annotator][documentId] = eventsFromSpans(annotations.spans, eventTypes, `${annotator}/${documentId}`)
    }
  }
  const lengths = Object.fromEntries(project.documents.map((document) => [document.id, document.text.length]))
  return { set, events, lengths, problems }
}

/** The agreement screen's data for `annotators` (report, confusion per pair, label distribution); none below two. */
export async function projectAgreement(project: Project, annotators: readonly string[]): Promise<ProjectAgreement> {
  const available = (await listAnnotators(project)).filter((name) => name !== GOLD_ANNOTATOR)
  if (annotators.length < 2) return { annotators: available, data: null, problems: [] }
  const unknown = annotators.filter((name) => !available.includes(name))
  if (unknown.length > 0) throw new WorkspaceError('unknown-annotator', `no annotator ${unknown.map((name) => `"${name}"`).join(', ')} in project ${project.dir}`)
  const duplicate = annotators.find((name, index) => annotators.indexOf(name) !== index)
  if (duplicate !== undefined) throw new WorkspaceError('unknown-annotator', `annotator "${duplicate}" is chosen twice`)
  const input = await readProjectAgreementInput(project, annotators)
  const report = buildAgreementReport(input.set, annotators, input.lengths, input.events)
  return {
    annotators: available,
    data: {
      report,
      confusion: report.pairwise.map(({ annotators: [first, second] }) => labelConfusion(input.set, first, second)),
      distribution: labelDistribution(input.set, annotators)
    },
    problems: input.problems
  }
}

/** What the agreement channel needs from the workspace that serves it. */
export interface AgreementContext {
  readonly inTurn: <T>(work: () => Promise<T>) => Promise<T>
  readonly requireProject: () => Project
}

/** `agreement:report`: read-only, so it takes its turn like any request but writes nothing. */
export function createAgreementApi(context: AgreementContext): {
  'agreement:report': (payload: ChannelPayload<'agreement:report'>) => Promise<ChannelResults['agreement:report']>
} {
  return {
    'agreement:report': ({ annotators }) => context.inTurn(() => projectAgreement(context.requireProject(), annotators))
  }
}
