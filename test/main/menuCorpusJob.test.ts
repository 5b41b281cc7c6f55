import { describe, expect, it, vi } from 'vitest'
import type { GoldspanApi, JobStatus } from '../../src/core/api'
import type { Dialogs } from '../../src/main/dialogs'
import { createMenuActions } from '../../src/main/menuActions'

function setUp(statuses: JobStatus['state'][]) {
  const dialogs: Dialogs = {
    chooseCorpusFolder: vi.fn(async () => '/data/big'),
    chooseCorpusJsonl: vi.fn(async () => null),
    chooseProjectFolder: vi.fn(async () => null),
    chooseExportPath: vi.fn(async () => null),
    showError: vi.fn(),
    showMessage: vi.fn()
  }
  const status = (state: JobStatus['state']): JobStatus => ({
    id: 'job-3',
    kind: 'openCorpus',
    state,
    done: 0,
    total: 5000,
    phase: state,
    ...(state === 'failed' ? { error: { code: 'CorpusError', message: '/data/big: cannot open corpus (EACCES)' } } : {})
  })
  let polls = 0
  const api = {
    'job:start': vi.fn(async () => status('running')),
    'job:status': vi.fn(async () => status(statuses[Math.min(polls++, statuses.length - 1)]!)),
    'project:openCorpus': vi.fn(async () => ({}))
  } as unknown as GoldspanApi
  const sendToRenderer = vi.fn()
  return { actions: createMenuActions({ api, dialogs, sendToRenderer, appVersion: '0.1.0' }), api, dialogs, sendToRenderer }
}

describe('desktop menu: open a corpus as a job', () => {
  it('starts the job, tells the window to follow it, and reports the change once it is done', async () => {
    const { actions, api, sendToRenderer } = setUp(['running', 'done'])
    actions.openCorpusFolder()
    await vi.waitFor(() => expect(sendToRenderer).toHaveBeenCalledWith('project-changed'))
    expect(sendToRenderer.mock.calls.map(([command]) => command)).toEqual(['job-started', 'project-changed'])
    expect(api['job:start']).toHaveBeenCalledWith({ kind: 'openCorpus', path: '/data/big' })
    expect(api['project:openCorpus']).not.toHaveBeenCalled()
  })

  it('shows why a job failed', async () => {
    const { actions, dialogs } = setUp(['failed'])
    actions.openCorpusFolder()
    await vi.waitFor(() => expect(dialogs.showError).toHaveBeenCalledWith('Could not open', '/data/big: cannot open corpus (EACCES)'))
  })
})
