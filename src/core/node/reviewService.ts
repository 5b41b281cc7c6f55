import type { ChannelPayload, ChannelResults, ProjectProblem } from '../api'
import type { ReviewDocument, ReviewDocumentSummary, ReviewSummary } from '../api/reviewResults'
import type { CorpusDocument, DocumentAnnotations } from '../model'
import { findDisagreements, linkProgress, reviewLinks, reviewProgress, sumProgress, type LinkDecision, type ReviewDecision } from '../review'
import { AnnotationFileError } from './errors'
import { emptyAnnotations, GOLD_ANNOTATOR, listAnnotations, listAnnotators, loadAnnotations, saveAnnotations, type Project } from './project'
import { loadReview, saveReviewDecisions } from './reviewStore'
import { WorkspaceError } from './workspaceError'

/** What the review channels need from the workspace that serves them. */
export interface ReviewContext {
  /** Runs a request after the ones before it (the workspace's queue). */
  readonly inTurn: <T>(work: () => Promise<T>) => Promise<T>
  readonly requireProject: () => Project
  /** The session's annotator: the adjudicator of every decision. */
  readonly requireAnnotator: () => string
  readonly requireDocument: (project: Project, documentId: string) => CorpusDocument
  /** ISO 8601 time of a save. */
  readonly now: () => string
}

type ReviewChannels = 'review:summary' | 'review:document' | 'review:save'

/** An annotator has annotated a document when its status is not `todo` or it holds a span (as in `goldspan review`). */
function isAnnotated(annotations: DocumentAnnotations | undefined): annotations is DocumentAnnotations {
  return annotations !== undefined && (annotations.status !== 'todo' || annotations.spans.length > 0)
}

async function checkAnnotators(project: Project, annotators: readonly string[]): Promise<void> {
  const known = await listAnnotators(project)
  const unknown = annotators.filter((name) => !known.includes(name))
  if (unknown.length > 0) throw new WorkspaceError('unknown-annotator', `no annotator ${unknown.map((name) => `"${name}"`).join(', ')} in project ${project.dir}`)
  const duplicate = annotators.find((name, index) => annotators.indexOf(name) !== index)
  if (duplicate !== undefined) throw new WorkspaceError('unknown-annotator', `annotator "${duplicate}" is chosen twice`)
}

async function summarize(project: Project, annotators: readonly string[]): Promise<ReviewSummary> {
  const available = (await listAnnotators(project)).filter((name) => name !== GOLD_ANNOTATOR)
  if (annotators.length < 2) return { annotators: available, documents: [], problems: [] }
  await checkAnnotators(project, annotators)
  const problems: ProjectProblem[] = []
  const layers: ReadonlyMap<string, DocumentAnnotations>[] = []
  for (const annotator of [...annotators, GOLD_ANNOTATOR]) {
    const listed = await listAnnotations(project, annotator)
    problems.push(...listed.problems)
    layers.push(listed.byDocument)
  }
  const gold = layers.pop() as ReadonlyMap<string, DocumentAnnotations>
  const documents: ReviewDocumentSummary[] = []
  for (const document of project.documents) {
    const versions = layers.map((layer) => layer.get(document.id))
    if (!versions.every(isAnnotated)) continue
    const sources = versions.map((annotations, index) => ({ annotator: annotators[index] as string, annotations }))
    const { units, counts } = findDisagreements(sources, { textLength: document.text.length })
    let decisions: readonly ReviewDecision[] = []
    let links: readonly LinkDecision[] = []
    try {
      ;({ decisions, links } = await loadReview(project, document.id))
    } catch (error) {
      if (!(error instanceof AnnotationFileError)) throw error
      problems.push({ file: error.file, reason: error.reason })
    }
    const goldLayer = gold.get(document.id)
    // Disputed arguments and relations count once both their ends are in gold.
    const linksProgress = goldLayer ? linkProgress(reviewLinks(goldLayer, sources, project.config.schema, links)) : { resolved: 0, total: 0 }
    const progress = sumProgress([reviewProgress(units, decisions), linksProgress])
    documents.push({ documentId: document.id, counts, ...progress, goldStatus: goldLayer?.status ?? 'todo' })
  }
  return { annotators: available, documents, problems }
}

async function openForReview(project: Project, document: CorpusDocument, annotators: readonly string[]): Promise<ReviewDocument> {
  await checkAnnotators(project, annotators)
  const versions = []
  for (const annotator of annotators) versions.push({ annotator, annotations: await loadAnnotations(project, annotator, document.id) })
  const opened = { documentId: document.id, text: document.text, versions }
  try {
    const gold = await loadAnnotations(project, GOLD_ANNOTATOR, document.id)
    const { decisions, links } = await loadReview(project, document.id)
    return { ...opened, gold, decisions, links }
  } catch (error) {
    // Shown read-only: the unreadable file stays untouched on disk.
    if (!(error instanceof AnnotationFileError)) throw error
    return { ...opened, gold: emptyAnnotations(document, GOLD_ANNOTATOR), decisions: [], readOnlyReason: error.message }
  }
}

/**
 * The review channels: the review list with counts and progress per document, one
 * document's versions with its gold layer and decisions, and saving both. Gold is written
 * first, so a failure between the two writes leaves at worst decisions missing (the unit
 * shows unresolved again), never decisions without their gold spans; the renderer retries
 * the whole save.
 */
export function createReviewApi(context: ReviewContext): { [C in ReviewChannels]: (payload: ChannelPayload<C>) => Promise<ChannelResults[C]> } {
  return {
    'review:summary': ({ annotators }) =>
      context.inTurn(async () => {
        context.requireAnnotator()
        return summarize(context.requireProject(), annotators)
      }),
    'review:document': ({ documentId, annotators }) =>
      context.inTurn(async () => {
        context.requireAnnotator()
        const project = context.requireProject()
        return openForReview(project, context.requireDocument(project, documentId), annotators)
      }),
    'review:save': ({ gold, decisions, links }) =>
      context.inTurn(async () => {
        context.requireAnnotator()
        const project = context.requireProject()
        if (gold.annotator !== GOLD_ANNOTATOR) {
          throw new WorkspaceError('wrong-annotator', `review saves the "${GOLD_ANNOTATOR}" layer, not the annotations of "${gold.annotator}"`)
        }
        context.requireDocument(project, gold.documentId)
        await saveAnnotations(project, gold)
        await saveReviewDecisions(project, gold.documentId, decisions, links ?? [])
        return { savedAt: context.now() }
      })
  }
}
