import type { JobKind, JobResult, JobStatus } from '../../api'

/** What a running job gets: the signal to check between files, and where to say how far it is. */
export interface JobControl {
  readonly signal: AbortSignal
  report(done: number, total: number | null, phase: string): void
}

/** The reason a cancelled job's work throws (AbortSignal's reason), told apart from real failures. */
export class JobCancelled extends Error {
  override readonly name = 'JobCancelled'
  readonly code = 'job-cancelled'
}

/** Finished jobs kept for `status` after they end, so a slow poller still learns the result. */
const KEPT_FINISHED = 20

function errorCode(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' && code !== '' ? code : error instanceof Error ? error.name : 'Error'
}

/**
 * Runs long operations (corpus import, export, import of annotations) in the background:
 * `start` returns at once with the job's id, `status` says how far it is, `cancel` asks it
 * to stop. Cancellation is cooperative: the work checks the signal between files, and
 * each kind of job says what a cancel leaves (see docs/architecture.md, "Jobs").
 */
export class JobRunner {
  private readonly jobs = new Map<string, { status: JobStatus; controller: AbortController }>()
  private count = 0

  start(kind: JobKind, work: (control: JobControl) => Promise<JobResult>): JobStatus {
    this.count++
    const id = `job-${this.count}`
    const controller = new AbortController()
    const entry = { status: { id, kind, state: 'running', done: 0, total: null, phase: 'starting' } as JobStatus, controller }
    this.jobs.set(id, entry)
    const control: JobControl = {
      signal: controller.signal,
      report: (done, total, phase) => {
        if (entry.status.state === 'running') entry.status = { ...entry.status, done, total, phase }
      }
    }
    void work(control).then(
      (result) => this.finish(entry, { state: 'done', phase: 'done', result }),
      (error: unknown) =>
        this.finish(
          entry,
          controller.signal.aborted
            ? { state: 'cancelled', phase: 'cancelled' }
            : { state: 'failed', phase: 'failed', error: { code: errorCode(error), message: error instanceof Error ? error.message : String(error) } }
        )
    )
    return entry.status
  }

  /** `latest` is the job started last. */
  status(id: string): JobStatus {
    const entry = this.jobs.get(id === 'latest' ? `job-${this.count}` : id)
    if (!entry) throw new RangeError(`no job "${id}" (finished jobs are kept for a while only)`)
    return entry.status
  }

  /** Asks the job to stop at its next check; its status turns `cancelled` once it has. A finished job stays as it ended. */
  cancel(id: string): JobStatus {
    const entry = this.jobs.get(id)
    if (!entry) throw new RangeError(`no job "${id}"`)
    if (entry.status.state === 'running') entry.controller.abort(new JobCancelled(`${entry.status.kind} cancelled`))
    return entry.status
  }

  private finish(entry: { status: JobStatus }, patch: Partial<JobStatus>): void {
    entry.status = { ...entry.status, ...patch }
    const finished = [...this.jobs.entries()].filter(([, other]) => other.status.state !== 'running')
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) this.jobs.delete(id)
  }
}
