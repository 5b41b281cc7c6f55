import type { ChannelPayload, GoldspanApi } from '../../core/api/contract'
import type { JobResult, JobStatus } from '../../core/api/importExportChannels'
import { Store } from '../state/store'

/** How often a running job is asked how far it is. */
const POLL_MS = 150
/** Jobs quicker than this never show the progress bar, so small operations do not flash it. */
export const SHOW_AFTER_MS = 300

export interface JobState {
  /** The job shown in the progress bar, or null. */
  readonly shown: JobStatus | null
  /** What it is, for the bar's label: "Opening the corpus", "Exporting"… */
  readonly title: string
}

/** Thrown by `run` when the user cancelled the job. */
export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError'
}

type JobApi = Pick<GoldspanApi, 'job:start' | 'job:status' | 'job:cancel'>

/** What a job of kind K gives back. */
export type JobValue<K extends JobResult['kind']> = Extract<JobResult, { kind: K }>['value']

/**
 * Runs long operations through the job API (`job:start`, then `job:status` every 150 ms)
 * and shows the one running in the progress bar, with its Cancel. One job at a time is
 * shown; the workspace runs them in request order anyway.
 */
export class JobStore extends Store<JobState> {
  constructor(private readonly api: JobApi) {
    super({ shown: null, title: '' })
  }

  /** Runs a job to its end; throws the job's error, or JobCancelledError when cancelled. */
  async run<K extends JobResult['kind']>(title: string, request: ChannelPayload<'job:start'> & { kind: K }): Promise<JobValue<K>> {
    const started = await this.api['job:start'](request)
    const startedAt = Date.now()
    let status = started
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      status = await this.api['job:status']({ jobId: started.id })
      if (status.state === 'running' && Date.now() - startedAt >= SHOW_AFTER_MS) this.setState({ shown: status, title })
    }
    if (this.getState().shown?.id === status.id) this.setState({ shown: null, title: '' })
    if (status.state === 'cancelled') throw new JobCancelledError(`${title} cancelled; nothing was written`)
    if (status.state === 'failed' || !status.result) throw new Error(status.error?.message ?? `${title} failed`)
    // The workspace answers a job with the result of its own kind.
    return status.result.value as JobValue<K>
  }

  /**
   * Follows the job the main process started last (a corpus chosen in the desktop menu),
   * showing its progress and Cancel; the main process reports its end itself.
   */
  async follow(title: string): Promise<void> {
    let status = await this.api['job:status']({ jobId: 'latest' })
    while (status.state === 'running') {
      this.setState({ shown: status, title })
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      status = await this.api['job:status']({ jobId: status.id })
    }
    if (this.getState().shown?.id === status.id) this.setState({ shown: null, title: '' })
  }

  /** Asks the shown job to stop; `run` then throws JobCancelledError once it has. */
  async cancel(): Promise<void> {
    const { shown } = this.getState()
    if (shown) await this.api['job:cancel']({ jobId: shown.id })
  }
}
