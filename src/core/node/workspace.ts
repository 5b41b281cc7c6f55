import { basename, join, resolve } from 'node:path'
import type { GoldspanApi, ProjectSummary, SessionInfo } from '../api'
import { conflictNewsSchema } from '../schema'
import { createCorpusChannels } from './corpusChannels'
import { createAgreementApi } from './projectAgreement'
import { createImportExportChannels } from './importExportService'
import { openCorpusProject, openProjectFolder, type WorkspaceProject } from './openWorkspaceProject'
import { AnnotationFileError } from './errors'
import { emptyAnnotations, openAnnotations, saveAnnotationChanges, saveAnnotations, type Project } from './project'
import { summarizeProject } from './projectSummary'
import type { CorpusReadWatch } from './readCorpus'
import { createReviewApi } from './reviewService'
import { SettingsStore, withRecentProject } from './settings'
import { sha256Hex } from './sha256'
import { WorkspaceError } from './workspaceError'

export interface WorkspaceOptions {
  /** Per-machine folder: settings.json and projects/ (one project per opened corpus). */
  readonly homeDir: string
  readonly mode: 'desktop' | 'web'
  /** The corpus a first run opens (the bundled seeds/). */
  readonly defaultCorpus: string
  /** Desktop only: asks where to write an export (a folder for brat); null when the user cancels. */
  readonly chooseExportPath?: (suggestedFileName: string, kind: 'file' | 'folder') => Promise<string | null>
  /** The clock of saves and exports; tests fix it. */
  readonly now?: () => Date
}

/** The API served to the renderer, and what the desktop shell needs besides. */
export interface Workspace {
  readonly api: GoldspanApi
  /** Window bounds and the like; the API's own settings go through `api`. */
  readonly settings: SettingsStore
  /** Calls `listener` after the session changes (annotator, current project, recent projects). */
  onSessionChange(listener: () => void): () => void
  /** Releases the open project's lock (also released when the process exits). */
  close(): Promise<void>
}

/** Where `project:openCorpus` keeps the project of a corpus: `<home>/projects/<name>-<8 hex of sha256(path)>`. */
export function projectDirForCorpus(homeDir: string, corpusPath: string): string {
  const absolute = resolve(corpusPath)
  return join(resolve(homeDir), 'projects', `${basename(absolute)}-${sha256Hex(absolute).slice(0, 8)}`)
}

/**
 * Builds the workspace over the project store: one annotator (from settings.json) and
 * at most one open project per session, locked for this process (read-only when another
 * Goldspan has it). Requests run one at a time in arrival order, so two autosaves of one
 * document can never land on disk in the wrong order.
 * Throws a SettingsError when settings.json exists but cannot be read.
 */
export async function createWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const homeDir = resolve(options.homeDir)
  const now = options.now ?? (() => new Date())
  const settings = await SettingsStore.load(homeDir)
  const listeners = new Set<() => void>()
  let current: WorkspaceProject | null = null
  let queue: Promise<unknown> = Promise.resolve()

  const notify = (): void => listeners.forEach((listener) => listener())

  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work)
    queue = result.catch(() => undefined)
    return result
  }

  function requireAnnotator(): string {
    const { annotator } = settings.current
    if (annotator === null) throw new WorkspaceError('annotator-required', 'give your annotator name before opening a project')
    return annotator
  }

  function requireProject(): Project {
    if (!current) throw new WorkspaceError('no-project', 'no project is open; open a corpus or a project first')
    return current.project
  }

  /** The project, when `annotations` are this session's annotator's, on one of its documents: what a save may write. */
  function requireOwnDocument(annotations: { readonly annotator: string; readonly documentId: string }): Project {
    const annotator = requireAnnotator()
    const project = requireProject()
    if (annotations.annotator !== annotator) {
      throw new WorkspaceError('wrong-annotator', `cannot save the annotations of "${annotations.annotator}" in the session of "${annotator}"`)
    }
    requireDocument(project, annotations.documentId)
    return project
  }

  function requireDocument(project: Project, documentId: string) {
    const document = project.documents.find((candidate) => candidate.id === documentId)
    if (!document) throw new WorkspaceError('unknown-document', `no document "${documentId}" in project ${project.dir}`)
    return document
  }

  async function summary(): Promise<ProjectSummary | null> {
    const annotator = settings.current.annotator
    if (!current || annotator === null) return null
    return summarizeProject(current.project, annotator, current.openingProblems)
  }

  async function sessionInfo(): Promise<SessionInfo> {
    return {
      mode: options.mode,
      annotator: settings.current.annotator,
      project: await summary(),
      recentProjects: settings.current.recentProjects,
      defaultCorpus: resolve(options.defaultCorpus)
    }
  }

  /** Opens a project in place of the current one, whose lock is released once the new one is open. */
  async function switchTo(dir: string, open: () => Promise<WorkspaceProject>): Promise<ProjectSummary> {
    const annotator = requireAnnotator()
    // Reopening the project we hold: let go first, or our own lock would make it read-only.
    if (current?.project.dir === dir) {
      await current.release()
      current = null
    }
    const opened = await open()
    const replaced = current
    current = opened
    await replaced?.release()
    await settings.update((saved) => ({ ...saved, recentProjects: withRecentProject(saved.recentProjects, opened.project.dir) }))
    notify()
    return summarizeProject(opened.project, annotator, opened.openingProblems)
  }

  /** Opens the project of a corpus; `watch` reports the read's progress and can cancel it before anything is written. */
  function openCorpus(path: string, watch: CorpusReadWatch = {}): Promise<ProjectSummary> {
    return inTurn(async () => {
      const dir = projectDirForCorpus(homeDir, path)
      // The bundled seeds are conflict news: their project starts with the schema written for them.
      const schema = resolve(path) === resolve(options.defaultCorpus) ? conflictNewsSchema : undefined
      return switchTo(dir, () => openCorpusProject(dir, resolve(path), { schema, watch }))
    })
  }

  const api: GoldspanApi = {
    ...createReviewApi({ inTurn, requireProject, requireAnnotator, requireDocument, now: () => now().toISOString() }),
    'session:get': () => inTurn(sessionInfo),

    'session:setAnnotator': ({ name }) =>
      inTurn(async () => {
        await settings.update((previous) => ({ ...previous, annotator: name }))
        notify()
        return sessionInfo()
      }),

    'project:openCorpus': ({ path }) => openCorpus(path),

    'project:open': ({ dir }) =>
      inTurn(async () => {
        const absolute = resolve(dir)
        return switchTo(absolute, () => openProjectFolder(absolute))
      }),

    'document:open': ({ documentId }) =>
      inTurn(async () => {
        const annotator = requireAnnotator()
        const project = requireProject()
        const document = requireDocument(project, documentId)
        const opened = { id: document.id, text: document.text, sha256: document.sha256 }
        try {
          return { ...opened, ...(await openAnnotations(project, annotator, documentId)) }
        } catch (error) {
          // The text is still worth showing; the unreadable file stays untouched on disk.
          if (!(error instanceof AnnotationFileError)) throw error
          return { ...opened, annotations: emptyAnnotations(document, annotator), readOnlyReason: error.message }
        }
      }),

    'document:save': ({ annotations }) =>
      inTurn(async () => {
        const project = requireOwnDocument(annotations)
        const revision = await saveAnnotations(project, annotations)
        return { savedAt: now().toISOString(), revision }
      }),

    'document:saveChanges': ({ base, annotations: { spans, ...annotations }, removedSpanIds }) =>
      inTurn(async () => {
        const project = requireOwnDocument(annotations)
        const revision = await saveAnnotationChanges(project, base, { annotations, putSpans: spans, removedSpanIds })
        return { savedAt: now().toISOString(), revision }
      }),

    ...createImportExportChannels({ mode: options.mode, inTurn, requireProject, requireAnnotator, requireDocument, openCorpus, chooseExportPath: options.chooseExportPath, now }),

    ...createCorpusChannels({ requireProject, requireAnnotator, inTurn, now }),

    ...createAgreementApi({ inTurn, requireProject })
  }

  return {
    api,
    settings,
    onSessionChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () =>
      inTurn(async () => {
        await current?.release()
        current = null
      })
  }
}
