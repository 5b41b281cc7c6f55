import type {
  DocumentSummary,
  GoldspanApi,
  ProjectProblem,
  ProjectSummary,
  SessionInfo
} from '../../core/api/contract'
import { whenEditsPause, type SaveStatus } from './autosaveQueue'
import { combineSaveStatus } from './combineSaveStatus'
import { createDocumentSaver } from './documentSaver'
import { DocumentStore } from './documentStore'
import { Store } from './store'

export type SessionPhase = 'connecting' | 'needs-annotator' | 'opening' | 'ready' | 'failed'

export interface Banner {
  readonly id: string
  readonly kind: 'error' | 'warning'
  readonly text: string
}

export interface SessionState {
  readonly phase: SessionPhase
  readonly session: SessionInfo | null
  readonly project: ProjectSummary | null
  readonly documents: readonly DocumentSummary[]
  readonly currentDocumentId: string | null
  readonly document: DocumentStore | null
  readonly loadingDocumentId: string | null
  /** The document chosen last could not be opened: which, and why (file and reason). */
  readonly documentError: { readonly documentId: string; readonly reason: string } | null
  readonly banners: readonly Banner[]
  /** The save state of every open document together. */
  readonly save: SaveStatus
}

const positions = new WeakMap<readonly DocumentSummary[], ReadonlyMap<string, number>>()

/** Where document `id` is in `documents` (-1 if absent), from an index made once per list. */
function positionOf(documents: readonly DocumentSummary[], id: string): number {
  let byId = positions.get(documents)
  if (!byId) {
    byId = new Map(documents.map((summary, index) => [summary.id, index]))
    positions.set(documents, byId)
  }
  return byId.get(id) ?? -1
}

/** `documents` with the summary at `index` replaced; its position index carries over. */
function replaceSummary(documents: readonly DocumentSummary[], index: number, summary: DocumentSummary): readonly DocumentSummary[] {
  const next = documents.slice()
  next[index] = summary
  const byId = positions.get(documents)
  if (byId) positions.set(next, byId)
  return next
}

/** A run of edits longer than this is saved while it goes on, not only once it pauses. */
const AUTOSAVE_MAX_POSTPONE_MS = 2_000

const INITIAL: SessionState = {
  phase: 'connecting',
  session: null,
  project: null,
  documents: [],
  currentDocumentId: null,
  document: null,
  loadingDocumentId: null,
  documentError: null,
  banners: [],
  save: { kind: 'idle' }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The problem about this annotator's file for a document, if the project reported one. */
export function findDocumentProblem(problems: readonly ProjectProblem[], annotator: string, documentId: string): ProjectProblem | undefined {
  const suffix = `${annotator}/${documentId}.json`
  return problems.find((problem) => problem.file.replaceAll('\\', '/').endsWith(suffix))
}

/**
 * The session, the open project and its documents. Opened documents are kept (with their
 * undo history and save queue) while the project stays open, so switching back and forth
 * loses nothing and a failing save keeps retrying in the background.
 */
export class SessionStore extends Store<SessionState> {
  private corpusOpener = (path: string): Promise<ProjectSummary> => this.api['project:openCorpus']({ path })
  private readonly openDocuments = new Map<string, { store: DocumentStore; unsubscribe: () => void }>()
  private bannerCount = 0

  constructor(
    private readonly api: GoldspanApi,
    private readonly now: () => string = () => new Date().toISOString()
  ) {
    super(INITIAL)
  }

  /** Loads the session; a first run asks for a name, then opens the default corpus. */
  async start(): Promise<void> {
    try {
      const session = await this.api['session:get']({})
      this.update({ session })
      if (session.annotator === null) return this.update({ phase: 'needs-annotator' })
      if (session.project) return this.showProject(session.project)
      await this.openCorpus(session.defaultCorpus)
    } catch (error) {
      this.update({ phase: 'failed' })
      this.addBanner('error', `Cannot start: ${errorText(error)}`)
    }
  }

  async setAnnotator(name: string): Promise<void> {
    const session = await this.api['session:setAnnotator']({ name })
    this.update({ session })
    if (session.project) await this.showProject(session.project)
    else await this.openCorpus(session.defaultCorpus)
  }

  async openCorpus(path: string): Promise<void> {
    await this.openWith(() => this.corpusOpener(path), `Cannot open the corpus ${path}`)
  }

  /** How corpora are opened: by default in one request; the app routes it through a job with progress and Cancel. */
  setCorpusOpener(open: (path: string) => Promise<ProjectSummary>): void {
    this.corpusOpener = open
  }

  /**
   * Forgets the open documents and reads the shown one again, with the document list: for
   * after an import wrote this annotator's files, which the open copies would save over.
   */
  async reopenDocuments(): Promise<void> {
    if (!(await this.allSaved())) return this.addBanner('error', 'Some changes are not saved yet; the documents were not reloaded.')
    const current = this.getState().currentDocumentId
    const session = await this.api['session:get']({})
    this.closeDocuments()
    if (session.project) this.update({ session, project: session.project, documents: session.project.documents })
    if (current) await this.openDocument(current)
  }

  async openProject(dir: string): Promise<void> {
    await this.openWith(() => this.api['project:open']({ dir }), `Cannot open the project ${dir}`)
  }

  /** Reloads the session after the desktop menu opened another project. */
  async reloadSession(): Promise<void> {
    try {
      const session = await this.api['session:get']({})
      this.update({ session })
      if (session.project) await this.showProject(session.project)
    } catch (error) {
      this.addBanner('error', `Cannot reload the session: ${errorText(error)}`)
    }
  }

  async openDocument(documentId: string): Promise<void> {
    const state = this.getState()
    const project = state.project
    // Choosing the shown document again does nothing, unless it failed to open (a retry).
    if (!project || (state.currentDocumentId === documentId && state.documentError === null)) return
    const kept = this.openDocuments.get(documentId)
    if (kept) return this.update({ currentDocumentId: documentId, document: kept.store, documentError: null })
    this.update({ loadingDocumentId: documentId })
    try {
      const opened = await this.api['document:open']({ documentId })
      const problem = findDocumentProblem(project.problems, project.annotator, documentId)
      const store = new DocumentStore(opened, {
        schema: project.schema,
        save: createDocumentSaver(this.api, opened.revision === undefined ? null : { annotations: opened.annotations, revision: opened.revision }),
        autosave: { schedule: whenEditsPause, maxPostponeMs: AUTOSAVE_MAX_POSTPONE_MS },
        now: this.now,
        readOnlyReason: opened.readOnlyReason ?? (problem ? `${problem.file}: ${problem.reason}` : null)
      })
      this.keep(store)
      if (this.getState().loadingDocumentId === documentId) {
        this.update({ currentDocumentId: documentId, document: store, loadingDocumentId: null, documentError: null })
      }
    } catch (error) {
      // Shown in place of the text: the annotator sees which file is wrong and that it was left alone.
      this.update({ currentDocumentId: documentId, document: null, loadingDocumentId: null, documentError: { documentId, reason: errorText(error) } })
    }
  }

  /** Opens the document `step` places away in `order` (the list as shown), wrapping around. */
  async openRelative(step: number, order: readonly DocumentSummary[] = this.getState().documents): Promise<void> {
    if (order.length === 0) return
    const index = order.findIndex((summary) => summary.id === this.getState().currentDocumentId)
    const next = order[(index + step + order.length) % order.length]
    if (next) await this.openDocument(next.id)
  }

  /** The store of a document opened in this session (shown or kept), whose edits must go through it. */
  openedDocument(documentId: string): DocumentStore | undefined {
    return this.openDocuments.get(documentId)?.store
  }

  /** True while any open document has changes not yet acknowledged as saved. */
  get hasUnsavedChanges(): boolean {
    return [...this.openDocuments.values()].some(({ store }) => store.saves.hasUnsavedChanges)
  }

  /** Starts every save still waiting for the page to be idle: the page is closing. */
  flushSaves(): void {
    for (const { store } of this.openDocuments.values()) store.saves.flush()
  }

  retrySavesNow(): void {
    for (const { store } of this.openDocuments.values()) store.saves.retryNow()
  }

  addBanner(kind: Banner['kind'], text: string): void {
    this.bannerCount++
    this.update({ banners: [...this.getState().banners, { id: `b${this.bannerCount}`, kind, text }] })
  }

  dismissBanner(id: string): void {
    this.update({ banners: this.getState().banners.filter((banner) => banner.id !== id) })
  }

  /** Waits for every open document's pending save; false if one of them is failing. */
  private async allSaved(): Promise<boolean> {
    const results = await Promise.all([...this.openDocuments.values()].map(({ store }) => store.saves.whenSaved()))
    return results.every(Boolean)
  }

  private async openWith(open: () => Promise<ProjectSummary>, failure: string): Promise<void> {
    // The server saves into whichever project is open, so pending saves must land first.
    if (!(await this.allSaved())) {
      this.addBanner('error', `${failure}: some changes of this project are not saved yet (see the save indicator); they are kept and retried. Try again once they are saved.`)
      return
    }
    const previousPhase = this.getState().phase
    this.update({ phase: 'opening' })
    try {
      await this.showProject(await open())
    } catch (error) {
      this.update({ phase: previousPhase === 'ready' ? 'ready' : 'failed' })
      this.addBanner('error', `${failure}: ${errorText(error)}`)
    }
  }

  private async showProject(project: ProjectSummary): Promise<void> {
    const sameProject = this.getState().project?.dir === project.dir
    if (!sameProject) this.closeDocuments()
    const banners = this.getState().banners.filter((banner) => banner.kind === 'error' && sameProject)
    this.update({ phase: 'ready', project, documents: project.documents, banners })
    for (const problem of project.problems) this.addBanner('warning', `${problem.file}: ${problem.reason}`)
    const first = project.documents.find((summary) => summary.status !== 'done') ?? project.documents[0]
    if (!sameProject && first) await this.openDocument(first.id)
  }

  private keep(store: DocumentStore): void {
    // At each edit: only the open document's row, found without scanning 10k summaries, and
    // only when its count or status moved (a relabel changes neither).
    const onChange = (): void => {
      const { annotations } = store.getState()
      const { documents } = this.getState()
      const index = positionOf(documents, store.id)
      const summary = documents[index]
      if (!summary || (summary.spanCount === annotations.spans.length && summary.status === annotations.status)) return
      this.update({ documents: replaceSummary(documents, index, { ...summary, spanCount: annotations.spans.length, status: annotations.status }) })
    }
    const onSave = (): void => {
      this.update({ save: combineSaveStatus([...this.openDocuments.values()].map(({ store: kept }) => kept.saves.getState())) })
    }
    const unsubscribeChanges = store.subscribe(onChange)
    const unsubscribeSaves = store.saves.subscribe(onSave)
    this.openDocuments.set(store.id, {
      store,
      unsubscribe: () => {
        unsubscribeChanges()
        unsubscribeSaves()
      }
    })
  }

  private closeDocuments(): void {
    // Stores with unsaved changes stay subscribed-to by their own queue, which keeps retrying.
    for (const { unsubscribe } of this.openDocuments.values()) unsubscribe()
    this.openDocuments.clear()
    this.update({ currentDocumentId: null, document: null, loadingDocumentId: null, documentError: null })
  }
}
