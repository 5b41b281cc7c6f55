import type { ChannelPayload, ChannelResults } from '../api'
import type { DocumentAnnotations } from '../model'
import { annotateRanges, describeSkip, planAnnotateAll, searchCorpus } from '../search'
import { AnnotationFileError } from './errors'
import { loadAnnotations, saveAnnotations, type Project } from './project'
import { WorkspaceError } from './workspaceError'

export interface CorpusChannelContext {
  readonly requireProject: () => Project
  readonly requireAnnotator: () => string
  /** Runs work in the workspace's request order, after any autosave already queued. */
  readonly inTurn: <T>(work: () => Promise<T>) => Promise<T>
  readonly now: () => Date
}

type CorpusChannels = {
  readonly 'corpus:search': (payload: ChannelPayload<'corpus:search'>) => Promise<ChannelResults['corpus:search']>
  readonly 'corpus:annotateAll': (payload: ChannelPayload<'corpus:annotateAll'>) => Promise<ChannelResults['corpus:annotateAll']>
}

/**
 * The corpus-wide search and annotate-all of the API. Annotate-all works per document: it
 * reads this annotator's file, labels the occurrences that `planAnnotateAll` accepts as one
 * batch and writes the file atomically (temp file and rename, previous version kept), so a
 * run stopped between documents leaves every file either as it was or fully labelled. A
 * file that cannot be read is reported and left untouched. `dryRun` only plans.
 */
export function createCorpusChannels(context: CorpusChannelContext): CorpusChannels {
  return {
    'corpus:search': ({ query, options, limit }) =>
      context.inTurn(async () => searchCorpus(context.requireProject().documents, query, options, limit)),

    'corpus:annotateAll': ({ label, documents, dryRun }) =>
      context.inTurn(async () => {
        const annotator = context.requireAnnotator()
        const project = context.requireProject()
        const results: ChannelResults['corpus:annotateAll']['documents'][number][] = []
        for (const { documentId, ranges } of documents) {
          const document = project.documents.find((candidate) => candidate.id === documentId)
          if (!document) throw new WorkspaceError('unknown-document', `no document "${documentId}" in project ${project.dir}`)
          let annotations: DocumentAnnotations
          try {
            annotations = await loadAnnotations(project, annotator, documentId)
          } catch (error) {
            if (!(error instanceof AnnotationFileError)) throw error
            results.push({ documentId, added: 0, verdicts: [], error: error.message })
            continue
          }
          const plan = planAnnotateAll(document.text, annotations, project.config.schema, label, ranges)
          const verdicts = plan.map((verdict) => (verdict.add ? { start: verdict.start, end: verdict.end, add: true } : { start: verdict.start, end: verdict.end, add: false, reason: describeSkip(verdict.skip) }))
          const accepted = plan.filter((verdict) => verdict.add)
          if (dryRun || accepted.length === 0) {
            results.push({ documentId, added: 0, verdicts })
            continue
          }
          try {
            await saveAnnotations(project, annotateRanges(annotations, accepted, label, context.now().toISOString()).annotations)
            results.push({ documentId, added: accepted.length, verdicts })
          } catch (error) {
            if (!(error instanceof AnnotationFileError)) throw error
            results.push({ documentId, added: 0, verdicts, error: error.message })
          }
        }
        return { documents: results, added: results.reduce((sum, result) => sum + result.added, 0) }
      })
  }
}
