// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { ApiError, createFetchApi } from '../../src/renderer/api/createFetchApi'
import { takeSessionToken } from '../../src/renderer/api/sessionToken'
import { emptyAnnotations } from './annotationsFixture'

function fakeFetch(status: number, body: unknown) {
  const requests: { url: string; init: RequestInit }[] = []
  const impl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init })
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof fetch
  return { impl, requests }
}

describe('createFetchApi', () => {
  it('posts the payload to /api/<channel> with the token and unwraps the envelope', async () => {
    const fake = fakeFetch(200, { ok: true, value: { savedAt: '2026-01-01T00:00:00.000Z' } })
    const api = createFetchApi('tok123', fake.impl)
    const annotations = emptyAnnotations('d')
    await expect(api['document:save']({ annotations: { ...annotations, spans: [] } })).resolves.toEqual({ savedAt: '2026-01-01T00:00:00.000Z' })
    const [request] = fake.requests
    expect(request?.url).toBe('/api/document%3Asave')
    expect(new Headers(request?.init.headers).get('x-goldspan-token')).toBe('tok123')
    expect(JSON.parse(String(request?.init.body))).toEqual({ annotations })
  })

  it('turns an error envelope into an ApiError with its code and message', async () => {
    const api = createFetchApi('t', fakeFetch(400, { ok: false, error: { code: 'invalid-payload', message: 'document:open: invalid payload: documentId: Too small' } }).impl)
    const failure = api['document:open']({ documentId: '' })
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ code: 'invalid-payload', message: 'document:open: invalid payload: documentId: Too small' })
  })

  it('says what to do when the token is refused', async () => {
    const api = createFetchApi(null, fakeFetch(401, { ok: false, error: { code: 'bad-token', message: 'missing or wrong token' } }).impl)
    await expect(api['session:get']({})).rejects.toThrow('missing or wrong token — open the URL printed by "goldspan web" again')
  })

  it('names the channel when the server answers something else than an envelope', async () => {
    const api = createFetchApi('t', fakeFetch(502, 'Bad gateway').impl)
    await expect(api['session:get']({})).rejects.toThrow('session:get: the server answered HTTP 502 without a Goldspan envelope')
  })
})

describe('takeSessionToken', () => {
  it('keeps the token from the URL in sessionStorage and removes it from the address bar', () => {
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/?token=abc&x=1#top')
    expect(takeSessionToken(window)).toBe('abc')
    expect(window.location.search).toBe('?x=1')
    expect(window.location.hash).toBe('#top')
    // A reload (no token in the URL) still finds it.
    expect(takeSessionToken(window)).toBe('abc')
  })
})
