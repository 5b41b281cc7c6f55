// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { JobStatus } from '../../../src/core/api/importExportChannels'
import { JobCancelledError, JobStore, SHOW_AFTER_MS } from '../../../src/renderer/progress/jobStore'

/** A job API over a scripted sequence of statuses: each `job:status` answers the next one. */
function scriptedApi(statuses: JobStatus[]) {
  const cancelled: string[] = []
  let index = 0
  const running = (done: number): JobStatus => ({ id: 'job-7', kind: 'openCorpus', state: 'running', done, total: 5000, phase: `reading ${done}/5000 files` })
  const api = {
    'job:start': async () => running(0),
    'job:status': async () => {
      const status = statuses[Math.min(index, statuses.length - 1)]!
      index++
      return status
    },
    'job:cancel': async ({ jobId }: { jobId: string }) => (cancelled.push(jobId), running(0))
  }
  return { api, cancelled }
}

describe('JobStore', () => {
  it('shows a job that runs longer than the threshold, then hides it and throws JobCancelledError when cancelled', async () => {
    const running = (done: number): JobStatus => ({ id: 'job-7', kind: 'openCorpus', state: 'running', done, total: 5000, phase: `reading ${done}/5000 files` })
    // Polled every 150 ms per poll: the first three are within SHOW_AFTER_MS (300 ms) at most twice.
    const statuses = [running(500), running(1000), running(1500), running(2000), running(2500), { ...running(2500), state: 'cancelled' as const, phase: 'cancelled' }]
    const { api, cancelled } = scriptedApi(statuses)
    const store = new JobStore(api)
    const seen: (number | null)[] = []
    store.subscribe(() => seen.push(store.getState().shown?.done ?? null))
    const run = store.run('Opening the corpus', { kind: 'openCorpus', path: '/big' })
    await new Promise((resolve) => setTimeout(resolve, SHOW_AFTER_MS + 400))
    expect(store.getState().title).toBe('Opening the corpus')
    await store.cancel()
    expect(cancelled).toEqual(['job-7'])
    await expect(run).rejects.toBeInstanceOf(JobCancelledError)
    expect(store.getState().shown).toBeNull()
    // Shown only after the threshold, with growing counts, then hidden.
    expect(seen[0]).toBeGreaterThanOrEqual(1000)
    expect(seen[seen.length - 1]).toBeNull()
  })

  it('gives the result of a finished job and throws the message of a failed one', async () => {
    const done: JobStatus = { id: 'job-7', kind: 'import', state: 'done', done: 1, total: 1, phase: 'done', result: { kind: 'import', value: { format: 'doccano', written: true, documentCount: 1, spanCount: 2, problems: [], report: [] } } }
    const store = new JobStore(scriptedApi([done]).api)
    expect(await store.run('Importing', { kind: 'import', request: { path: '/p.jsonl', format: 'auto', target: { model: 'm' } } })).toMatchObject({ spanCount: 2 })
    const failed: JobStatus = { id: 'job-7', kind: 'import', state: 'failed', done: 0, total: null, phase: 'failed', error: { code: 'AnnotationReadError', message: '/p.jsonl: no such file' } }
    const failing = new JobStore(scriptedApi([failed]).api)
    await expect(failing.run('Importing', { kind: 'import', request: { path: '/p.jsonl', format: 'auto', target: { model: 'm' } } })).rejects.toThrow('/p.jsonl: no such file')
  })
})
