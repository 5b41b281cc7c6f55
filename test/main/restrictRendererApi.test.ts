import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, handleRequest, type GoldspanApi } from '../../src/core/api'
import { FORBIDDEN_PATH, restrictRendererApi } from '../../src/main/restrictRendererApi'

function setUp() {
  const api = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, vi.fn(async () => `${channel} answered`)])) as unknown as GoldspanApi
  const restricted = restrictRendererApi(api, () => ({ defaultCorpus: '/opt/goldspan/seeds', recentProjects: ['/home/ana/projects/p1'] }))
  return { api, call: (channel: string, payload: unknown) => handleRequest(restricted, channel, payload) }
}

describe('the desktop renderer’s API', () => {
  it('opens the default corpus (first run) and projects already opened from the menu', async () => {
    const { api, call } = setUp()
    expect(await call('project:openCorpus', { path: '/opt/goldspan/seeds' })).toEqual({ ok: true, value: 'project:openCorpus answered' })
    expect(await call('project:openCorpus', { path: '/opt/goldspan/seeds/' })).toMatchObject({ ok: true })
    expect(await call('project:open', { dir: '/home/ana/projects/p1' })).toMatchObject({ ok: true })
    expect(api['project:openCorpus']).toHaveBeenCalledTimes(2)
    expect(api['project:open']).toHaveBeenCalledOnce()
  })

  it('refuses any other path a compromised page could name, before the workspace reads it', async () => {
    const { api, call } = setUp()
    const attempts: [string, Record<string, string>][] = [
      ['project:openCorpus', { path: '/etc' }],
      ['project:openCorpus', { path: '/home/ana/.ssh' }],
      ['project:openCorpus', { path: '/opt/goldspan/seeds/../../../home/ana' }],
      ['project:openCorpus', { path: 'seeds' }],
      ['project:openCorpus', { path: '/home/ana/projects/p1' }],
      ['project:open', { dir: '/home/ana' }],
      ['project:open', { dir: '/home/ana/projects/p1/../p2' }],
      ['project:open', { dir: '/opt/goldspan/seeds' }]
    ]
    for (const [channel, payload] of attempts) {
      const answer = await call(channel, payload)
      expect(answer, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: FORBIDDEN_PATH } })
      expect(answer.ok ? '' : answer.error.message).toContain(JSON.stringify(Object.values(payload)[0]))
    }
    expect(api['project:openCorpus']).not.toHaveBeenCalled()
    expect(api['project:open']).not.toHaveBeenCalled()
  })

  it('passes the other channels through unchanged', async () => {
    const { call } = setUp()
    expect(await call('document:open', { documentId: 'a' })).toEqual({ ok: true, value: 'document:open answered' })
    expect(await call('session:get', {})).toEqual({ ok: true, value: 'session:get answered' })
  })
})
