import { describe, expect, it, vi } from 'vitest'
import type { GoldspanApi, SessionInfo } from '../../../src/core/api/contract'
import { handleRequest } from '../../../src/core/api/handleRequest'

const session: SessionInfo = {
  mode: 'web',
  annotator: 'ana',
  project: null,
  recentProjects: [],
  defaultCorpus: '/seeds'
}

function fakeApi(overrides: Partial<GoldspanApi> = {}): GoldspanApi {
  const unused = () => Promise.reject(new Error('not used by this test'))
  return {
    'session:get': vi.fn(async () => session),
    'session:setAnnotator': vi.fn(async ({ name }) => ({ ...session, annotator: name })),
    'project:openCorpus': unused,
    'project:open': unused,
    'document:open': unused,
    'document:save': unused,
    'document:saveChanges': unused,
    'project:export': unused,
    'review:summary': unused,
    'review:document': unused,
    'review:save': unused,
    'agreement:report': unused,
    'corpus:search': unused,
    'corpus:annotateAll': unused,
    'project:import': unused,
    'suggestions:get': unused,
    'job:start': unused,
    'job:status': unused,
    'job:cancel': unused,
    'project:labelCounts': unused,
    ...overrides
  }
}

describe('handleRequest', () => {
  it('calls the channel with the validated payload and wraps the result', async () => {
    const api = fakeApi()
    const envelope = await handleRequest(api, 'session:setAnnotator', { name: 'bob' })
    expect(envelope).toEqual({ ok: true, value: { ...session, annotator: 'bob' } })
    expect(api['session:setAnnotator']).toHaveBeenCalledWith({ name: 'bob' })
  })

  it('refuses an unknown channel, including names inherited from Object.prototype', async () => {
    for (const channel of ['session:delete', 'toString', '__proto__', 42, undefined]) {
      const envelope = await handleRequest(fakeApi(), channel, {})
      expect(envelope.ok).toBe(false)
      if (!envelope.ok) expect(envelope.error.code).toBe('unknown-channel')
    }
  })

  it('refuses a malformed payload, naming the field and never calling the API', async () => {
    const api = fakeApi()
    const envelope = await handleRequest(api, 'session:setAnnotator', { name: '../etc' })
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'session:setAnnotator: invalid payload: name: must be 1–64 letters, digits, "_", "-" or "."'
      }
    })
    expect(api['session:setAnnotator']).not.toHaveBeenCalled()
  })

  it('refuses extra keys and non-object payloads', async () => {
    const extra = await handleRequest(fakeApi(), 'session:get', { sneaky: true })
    expect(extra.ok).toBe(false)
    const missing = await handleRequest(fakeApi(), 'session:get', null)
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error.code).toBe('invalid-payload')
  })

  it('turns a thrown error into an envelope with its code, or its class name', async () => {
    class ProjectError extends Error {
      override readonly name = 'ProjectError'
    }
    const withCode = Object.assign(new Error('/p/goldspan.json: not found'), { code: 'ENOENT' })
    const byCode = await handleRequest(fakeApi({ 'session:get': () => Promise.reject(withCode) }), 'session:get', {})
    expect(byCode).toEqual({ ok: false, error: { code: 'ENOENT', message: '/p/goldspan.json: not found' } })
    const byName = await handleRequest(
      fakeApi({ 'session:get': () => Promise.reject(new ProjectError('goldspan.json: bad')) }),
      'session:get',
      {}
    )
    expect(byName).toEqual({ ok: false, error: { code: 'ProjectError', message: 'goldspan.json: bad' } })
  })
})
