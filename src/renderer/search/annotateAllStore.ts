import type { GoldspanApi } from '../../core/api/contract'
import { describeSkip, findOccurrences, occurrenceContext, planAnnotateAll, type CorpusHit, type SearchOptions, type TextRange } from '../../core/search'
import type { SessionStore } from '../state/sessionStore'
import { Store } from '../state/store'

/** One occurrence in the preview: labelled when `checked`; `reason` says why it cannot be. */
export interface PreviewItem extends CorpusHit {
  readonly key: string
  readonly reason: string | null
  readonly checked: boolean
}

export type AnnotateAllPhase = 'closed' | 'planning' | 'preview' | 'applying' | 'done'

export interface AnnotateAllState {
  readonly phase: AnnotateAllPhase
  readonly label: string
  readonly items: readonly PreviewItem[]
  /** Documents done of the documents to label, while applying. */
  readonly progress: { readonly done: number; readonly total: number }
  /** The outcome in words once applied (or stopped), or why planning failed. */
  readonly message: string | null
  readonly cancelRequested: boolean
}

const CLOSED: AnnotateAllState = { phase: 'closed', label: '', items: [], progress: { done: 0, total: 0 }, message: null, cancelRequested: false }

function groupByDocument<T extends { readonly documentId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.documentId, [...(groups.get(item.documentId) ?? []), item])
  return groups
}

/**
 * Annotate all occurrences: plans, previews and applies one label on many occurrences.
 * A document open in this session (shown or kept) is labelled through its own store, as
 * one undoable step, so its unsaved changes and undo history stay intact; the other
 * documents are labelled and saved by the server (`corpus:annotateAll`), one document per
 * request so the run shows progress and can stop between documents, never inside a file.
 */
export class AnnotateAllStore extends Store<AnnotateAllState> {
  constructor(
    private readonly api: GoldspanApi,
    private readonly session: SessionStore
  ) {
    super(CLOSED)
  }

  /** Every other occurrence of the span's text (same case and accents, whole words), in its document or the corpus. */
  async planFromSpan(span: TextRange & { readonly label: string }, scope: 'document' | 'corpus'): Promise<void> {
    const document = this.session.getState().document
    if (!document) return
    const query = document.text.slice(span.start, span.end)
    const options: SearchOptions = { caseSensitive: true, accentSensitive: true, wholeWord: true, regex: false }
    this.update({ ...CLOSED, phase: 'planning', label: span.label })
    try {
      const hits =
        scope === 'document'
          ? findOccurrences(document.text, query, options).map((range) => ({ documentId: document.id, ...range, ...occurrenceContext(document.text, range) }))
          : (await this.api['corpus:search']({ query, options, limit: 10_000 })).hits
      await this.plan(hits, span.label)
    } catch (error) {
      this.fail(error)
    }
  }

  /** The search panel's hits, labelled `label`. */
  async planFromHits(hits: readonly CorpusHit[], label: string): Promise<void> {
    this.update({ ...CLOSED, phase: 'planning', label })
    try {
      await this.plan(hits, label)
    } catch (error) {
      this.fail(error)
    }
  }

  toggle(key: string): void {
    this.update({ items: this.getState().items.map((item) => (item.key === key && item.reason === null ? { ...item, checked: !item.checked } : item)) })
  }

  setAll(checked: boolean): void {
    this.update({ items: this.getState().items.map((item) => (item.reason === null ? { ...item, checked } : item)) })
  }

  cancel(): void {
    if (this.getState().phase === 'applying') this.update({ cancelRequested: true })
    else this.update(CLOSED)
  }

  close(): void {
    if (this.getState().phase !== 'applying') this.update(CLOSED)
  }

  /** Labels the checked occurrences, document by document; Cancel stops before the next document. */
  async apply(): Promise<void> {
    const { label, items } = this.getState()
    const groups = [...groupByDocument(items.filter((item) => item.checked))]
    this.update({ phase: 'applying', progress: { done: 0, total: groups.length }, cancelRequested: false })
    let added = 0
    let done = 0
    const problems: string[] = []
    let wroteOnServer = false
    for (const [documentId, chosen] of groups) {
      if (this.getState().cancelRequested) break
      const ranges = chosen.map(({ start, end }) => ({ start, end }))
      const store = this.session.openedDocument(documentId)
      try {
        if (store) {
          store.addSpans(ranges, label)
          added += ranges.length
        } else {
          wroteOnServer = true
          const result = await this.api['corpus:annotateAll']({ label, documents: [{ documentId, ranges }] })
          added += result.added
          for (const document of result.documents) if (document.error) problems.push(document.error)
        }
      } catch (error) {
        problems.push(`${documentId}: ${error instanceof Error ? error.message : String(error)}`)
      }
      done++
      this.update({ progress: { done, total: groups.length } })
    }
    // The document list's counts come from the server for the documents it wrote.
    if (wroteOnServer) await this.session.reloadSession()
    const stopped = done < groups.length ? ` Stopped after ${done} of ${groups.length} documents; the others are untouched.` : ''
    const failed = problems.length > 0 ? ` Not labelled: ${problems.join('; ')}` : ''
    this.update({ phase: 'done', message: `Labelled ${added} occurrence${added === 1 ? '' : 's'} ${label} in ${done} document${done === 1 ? '' : 's'}.${stopped}${failed}` })
  }

  private async plan(hits: readonly CorpusHit[], label: string): Promise<void> {
    const project = this.session.getState().project
    if (!project) throw new Error('no project is open')
    const verdicts = new Map<string, string | null>()
    const key = (hit: { readonly documentId: string; readonly start: number; readonly end: number }) => `${hit.documentId}:${hit.start}-${hit.end}`
    const remote: { documentId: string; ranges: TextRange[] }[] = []
    for (const [documentId, group] of groupByDocument(hits)) {
      const store = this.session.openedDocument(documentId)
      const ranges = group.map(({ start, end }) => ({ start, end }))
      if (!store) {
        remote.push({ documentId, ranges })
        continue
      }
      const plan = store.readOnlyReason
        ? ranges.map((range) => ({ ...range, add: false as const, reason: `read-only: ${store.readOnlyReason}` }))
        : planAnnotateAll(store.text, store.annotations, project.schema, label, ranges).map((verdict) => ({ ...verdict, reason: verdict.add ? null : describeSkip(verdict.skip) }))
      for (const verdict of plan) verdicts.set(key({ documentId, ...verdict }), verdict.reason)
    }
    if (remote.length > 0) {
      const planned = await this.api['corpus:annotateAll']({ label, documents: remote, dryRun: true })
      for (const document of planned.documents) {
        for (const verdict of document.verdicts) verdicts.set(key({ documentId: document.documentId, ...verdict }), verdict.add ? null : (verdict.reason ?? 'skipped'))
        if (document.error) for (const range of remote.find((entry) => entry.documentId === document.documentId)?.ranges ?? []) verdicts.set(key({ documentId: document.documentId, ...range }), document.error)
      }
    }
    const items = hits.map((hit) => {
      const reason = verdicts.get(key(hit)) ?? null
      return { ...hit, key: key(hit), reason, checked: reason === null }
    })
    this.update({ phase: 'preview', items })
  }

  private fail(error: unknown): void {
    this.update({ phase: 'done', items: [], message: `Cannot annotate all: ${error instanceof Error ? error.message : String(error)}` })
  }
}
