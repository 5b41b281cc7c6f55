import type { GoldspanApi, OpenedDocument, ProjectSummary, SessionInfo } from '../../src/core/api/contract'
import type { JobStatus } from '../../src/core/api/importExportChannels'
import type { DocumentAnnotations } from '../../src/core/model'
import { defaultSchema } from '../../src/core/schema'
import { emptyAnnotations } from './annotationsFixture'

/** An in-memory GoldspanApi for renderer tests: one project, texts given by id, saves recorded. */
export function createFakeApi(texts: Record<string, string>, options: { annotator?: string | null; unreadable?: string[] } = {}) {
  let annotator: string | null = options.annotator === undefined ? 'ana' : options.annotator
  let projectOpen = false
  const saved: DocumentAnnotations[] = []
  const calls: string[] = []
  const unreadable = new Set(options.unreadable ?? [])
  const stored = new Map<string, DocumentAnnotations>()

  function annotationsOf(id: string): DocumentAnnotations {
    return stored.get(id) ?? emptyAnnotations(id, annotator ?? 'x')
  }

  function project(): ProjectSummary {
    return {
      dir: '/projects/seeds',
      name: 'seeds',
      schema: defaultSchema,
      annotator: annotator ?? '',
      documents: Object.keys(texts).map((id) => ({ id, status: annotationsOf(id).status, spanCount: annotationsOf(id).spans.length, length: (texts[id] as string).length })),
      problems: [...unreadable].map((id) => ({ file: `/projects/seeds/annotations/${annotator}/${id}.json`, reason: 'not valid JSON at line 1' }))
    }
  }

  function session(): SessionInfo {
    return { mode: 'web', annotator, project: projectOpen ? project() : null, recentProjects: [], defaultCorpus: '/app/seeds' }
  }

  const api: GoldspanApi = {
    'session:get': async () => (calls.push('session:get'), session()),
    'session:setAnnotator': async ({ name }) => {
      calls.push(`session:setAnnotator ${name}`)
      annotator = name
      return session()
    },
    'project:openCorpus': async ({ path }) => {
      calls.push(`project:openCorpus ${path}`)
      projectOpen = true
      return project()
    },
    'project:open': async ({ dir }) => {
      calls.push(`project:open ${dir}`)
      projectOpen = true
      return project()
    },
    'document:open': async ({ documentId }): Promise<OpenedDocument> => {
      calls.push(`document:open ${documentId}`)
      if (unreadable.has(documentId)) throw new Error(`/projects/seeds/annotations/${annotator}/${documentId}.json: not valid JSON at line 1`)
      return { id: documentId, text: texts[documentId] as string, sha256: 'c'.repeat(64), annotations: annotationsOf(documentId) }
    },
    'document:save': async ({ annotations }) => {
      saved.push(annotations)
      stored.set(annotations.documentId, annotations)
      return { savedAt: '2026-01-01T12:00:00.000Z' }
    },
    // Its saves give no revision, so the app always saves whole documents here (documentSaver.test covers changes).
    'document:saveChanges': async () => {
      throw new Error('the fake API gives no revision to save changes against')
    },
    'project:export': async () => ({ fileName: 'x.jsonl', content: '', documentCount: 0, spanCount: 0 }),
    'review:summary': async () => ({ annotators: [], documents: [], problems: [] }),
    'review:document': async ({ documentId }) => {
      throw new Error(`the fake API has no review of "${documentId}"`)
    },
    'review:save': async () => ({ savedAt: '2026-01-01T12:00:00.000Z' }),
    'agreement:report': async () => ({ annotators: [], data: null, problems: [] }),
    'corpus:search': async () => ({ hits: [], total: 0, documentCount: 0 }),
    'corpus:annotateAll': async () => ({ documents: [], added: 0 }),
    'project:import': async ({ path }) => {
      throw new Error(`the fake API imports nothing (${path})`)
    },
    'suggestions:get': async () => ({ suggestions: [], problems: [] }),
    // Jobs end at once: opening a corpus as a job is the plain request, so `calls` reads the same.
    'job:start': async (request): Promise<JobStatus> => {
      if (request.kind !== 'openCorpus') throw new Error(`the fake API runs no ${request.kind} job`)
      const value = await api['project:openCorpus']({ path: request.path })
      return { id: 'job-1', kind: 'openCorpus', state: 'done', done: 1, total: 1, phase: 'done', result: { kind: 'openCorpus', value } }
    },
    'project:labelCounts': async () => ({
      documents: Object.keys(texts).map((documentId) => ({
        documentId,
        labels: Object.fromEntries(
          annotationsOf(documentId).spans.reduce((counts, span) => counts.set(span.label, (counts.get(span.label) ?? 0) + 1), new Map<string, number>())
        )
      }))
    }),
    'job:status': async ({ jobId }) => {
      throw new Error(`the fake API keeps no job ${jobId}`)
    },
    'job:cancel': async ({ jobId }) => {
      throw new Error(`the fake API keeps no job ${jobId}`)
    }
  }
  return { api, saved, calls }
}
