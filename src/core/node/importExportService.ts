import { basename, resolve } from 'node:path'
import type { ChannelPayload, ChannelResults, ExportResult, ProjectSummary } from '../api'
import type { CorpusDocument } from '../model'
import { buildExport } from './interchange/buildExport'
import { importAnnotationFile } from './interchange/importAnnotationFile'
import { ExportDestinationError, writeExport } from './interchange/writeExport'
import { JobRunner, type JobControl } from './jobs/jobRunner'
import { listAnnotations, type Project } from './project'
import type { CorpusReadWatch } from './readCorpus'
import { loadSuggestions } from './suggestions/suggestionLayer'
import { WorkspaceError } from './workspaceError'

function countLabels(spans: readonly { readonly label: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { label } of spans) counts[label] = (counts[label] ?? 0) + 1
  return counts
}

export interface ImportExportContext {
  readonly mode: 'desktop' | 'web'
  readonly inTurn: <T>(work: () => Promise<T>) => Promise<T>
  readonly requireProject: () => Project
  readonly requireAnnotator: () => string
  readonly requireDocument: (project: Project, documentId: string) => CorpusDocument
  /** Opens (creating or extending) the project of a corpus, as `project:openCorpus` does. */
  readonly openCorpus: (path: string, watch: CorpusReadWatch) => Promise<ProjectSummary>
  /** Desktop only: asks where to write an export (a folder for brat); null when the user cancels. */
  readonly chooseExportPath?: (suggestedName: string, kind: 'file' | 'folder') => Promise<string | null>
  readonly now: () => Date
}

type Channels = { readonly [C in 'project:export' | 'project:import' | 'suggestions:get' | 'job:start' | 'job:status' | 'job:cancel' | 'project:labelCounts']: (payload: ChannelPayload<C>) => Promise<ChannelResults[C]> }

/**
 * The export and import of annotations in every format, suggestions, and the job API that
 * runs them (and corpus opening) in the background with progress and cancel.
 */
export function createImportExportChannels(context: ImportExportContext): Channels {
  const jobs = new JobRunner()

  async function runExport(request: ChannelPayload<'project:export'>, control?: JobControl): Promise<ExportResult> {
    control?.report(0, null, 'reading the annotations')
    const built = await context.inTurn(() => buildExport(context.requireProject(), request, context.now().toISOString()))
    const summary = {
      documentCount: built.documentCount,
      spanCount: built.spanCount,
      ...(built.skipped.length > 0 ? { skipped: built.skipped } : {}),
      ...(built.report.length > 0 ? { report: built.report } : {})
    }
    let destination = request.destination === undefined ? null : resolve(request.destination)
    if (destination === null) {
      if (context.mode === 'web' || !context.chooseExportPath) {
        if (built.content === null) throw new ExportDestinationError('a brat export is a folder of files: give the folder to write it to')
        return { fileName: built.name, content: built.content, ...summary }
      }
      // Asked outside the queue: autosaves must not wait while the save dialog is open.
      destination = await context.chooseExportPath(built.name, built.files ? 'folder' : 'file')
      if (destination === null) throw new WorkspaceError('export-cancelled', 'export cancelled; nothing was written')
    }
    await writeExport(built, destination, control)
    return { fileName: basename(destination), savedTo: destination, ...summary }
  }

  function runImport(request: ChannelPayload<'project:import'>): Promise<ChannelResults['project:import']> {
    return context.inTurn(async () => {
      const target = 'model' in request.target ? { model: request.target.model } : { annotator: context.requireAnnotator(), replace: request.target.replace }
      return importAnnotationFile(context.requireProject(), { path: resolve(request.path), format: request.format, target }, context.now().toISOString())
    })
  }

  return {
    'project:export': (request) => runExport(request),
    'project:import': (request) => runImport(request),
    'suggestions:get': ({ documentId }) =>
      context.inTurn(async () => {
        const project = context.requireProject()
        return loadSuggestions(project, context.requireDocument(project, documentId))
      }),
    'job:start': async (request) => {
      switch (request.kind) {
        case 'openCorpus':
          return jobs.start('openCorpus', async (control) => {
            const onProgress = (done: number, total: number): void => control.report(done, total, `reading ${done}/${total} files`)
            return { kind: 'openCorpus', value: await context.openCorpus(request.path, { signal: control.signal, onProgress }) }
          })
        case 'export':
          return jobs.start('export', async (control) => ({ kind: 'export', value: await runExport(request.request, control) }))
        case 'import':
          return jobs.start('import', async (control) => {
            control.report(0, null, `reading ${basename(request.request.path)}`)
            return { kind: 'import', value: await runImport(request.request) }
          })
      }
    },
    'job:status': async ({ jobId }) => jobs.status(jobId),
    'project:labelCounts': () =>
      context.inTurn(async () => {
        const { byDocument } = await listAnnotations(context.requireProject(), context.requireAnnotator())
        return { documents: [...byDocument].map(([documentId, annotations]) => ({ documentId, labels: countLabels(annotations.spans) })) }
      }),
    'job:cancel': async ({ jobId }) => jobs.cancel(jobId)
  }
}
