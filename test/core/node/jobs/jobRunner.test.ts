import { describe, expect, it } from 'vitest'
import { JobRunner, type JobControl } from '../../../../src/core/node/jobs/jobRunner'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('JobRunner', () => {
  it('reports progress, finds the latest job, and ends a cancelled one as cancelled', async () => {
    const jobs = new JobRunner()
    let control: JobControl | undefined
    jobs.start('export', async () => ({ kind: 'import', value: { format: 'goldspan', written: true, documentCount: 0, spanCount: 0, problems: [], report: [] } }))
    const second = jobs.start('openCorpus', async (given) => {
      control = given
      for (let done = 0; ; done++) {
        given.signal.throwIfAborted()
        given.report(done, 10, `reading ${done}/10 files`)
        await tick()
      }
    })
    await tick()
    await tick()
    expect(jobs.status('latest').id).toBe(second.id)
    expect(jobs.status(second.id)).toMatchObject({ state: 'running', total: 10 })
    jobs.cancel(second.id)
    await tick()
    await tick()
    expect(jobs.status(second.id).state).toBe('cancelled')
    expect(control?.signal.aborted).toBe(true)
    expect(jobs.status('job-1').state).toBe('done')
  })

  it('keeps a job that finished despite a late cancel as done, and a failure with its message', async () => {
    const jobs = new JobRunner()
    let finish: () => void = () => undefined
    const late = jobs.start('export', () => new Promise((resolve) => (finish = () => resolve({ kind: 'export', value: { fileName: 'x', documentCount: 1, spanCount: 0 } }))))
    jobs.cancel(late.id)
    finish()
    await tick()
    expect(jobs.status(late.id).state).toBe('done')
    const failing = jobs.start('import', async () => {
      throw Object.assign(new Error('/p.jsonl: no such file'), { code: 'ENOENT' })
    })
    await tick()
    expect(jobs.status(failing.id)).toMatchObject({ state: 'failed', error: { code: 'ENOENT', message: '/p.jsonl: no such file' } })
    expect(() => jobs.status('job-99')).toThrow(/no job "job-99"/)
  })
})
