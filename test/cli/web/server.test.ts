import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { GoldspanApi, SessionInfo } from '../../../src/core/api'
import { MAX_REQUEST_BYTES, startWebServer, type WebServer } from '../../../src/cli/web/server'
import { httpRequest } from './httpRequest'

const TOKEN = 'a'.repeat(64)
const session: SessionInfo = { mode: 'web', annotator: null, project: null, recentProjects: [], defaultCorpus: '/seeds' }

const api: GoldspanApi = {
  'session:get': vi.fn(async () => session),
  'session:setAnnotator': vi.fn(async ({ name }) => ({ ...session, annotator: name })),
  'project:openCorpus': vi.fn(async () => Promise.reject(new Error('not used'))),
  'project:open': vi.fn(async () => Promise.reject(new Error('not used'))),
  'document:open': vi.fn(async () => Promise.reject(new Error('not used'))),
  'document:save': vi.fn(async () => Promise.reject(new Error('not used'))),
  'document:saveChanges': vi.fn(async () => Promise.reject(new Error('not used'))),
  'project:export': vi.fn(async () => Promise.reject(new Error('not used'))),
  'project:import': vi.fn(async () => Promise.reject(new Error('not used'))),
  'suggestions:get': vi.fn(async () => Promise.reject(new Error('not used'))),
  'job:start': vi.fn(async () => Promise.reject(new Error('not used'))),
  'job:status': vi.fn(async () => Promise.reject(new Error('not used'))),
  'job:cancel': vi.fn(async () => Promise.reject(new Error('not used'))),
  'project:labelCounts': vi.fn(async () => Promise.reject(new Error('not used'))),
  'review:summary': vi.fn(async () => Promise.reject(new Error('not used'))),
  'review:document': vi.fn(async () => Promise.reject(new Error('not used'))),
  'review:save': vi.fn(async () => Promise.reject(new Error('not used'))),
  'agreement:report': vi.fn(async () => Promise.reject(new Error('not used'))),
  'corpus:search': vi.fn(async () => Promise.reject(new Error('not used'))),
  'corpus:annotateAll': vi.fn(async () => Promise.reject(new Error('not used')))
}

let root: string
let server: WebServer

function apiCall(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return httpRequest(server.port, `/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goldspan-token': TOKEN, ...headers },
    body: JSON.stringify(body)
  })
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-web-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Goldspan</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'secret.txt'), 'outside the renderer')
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'))
  server = await startWebServer({ api, rendererDir, token: TOKEN, port: 0 })
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

describe('web server', () => {
  it('prints a URL on 127.0.0.1 with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`)
  })

  it('answers an API call with the envelope of the workspace', async () => {
    const response = await apiCall('session:setAnnotator', { name: 'ana' })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { ...session, annotator: 'ana' } })
  })

  it('validates the payload as IPC does', async () => {
    const response = await apiCall('session:setAnnotator', { name: '' })
    const envelope = JSON.parse(response.body)
    expect(envelope.ok).toBe(false)
    expect(envelope.error.code).toBe('invalid-payload')
  })

  it('requires the token: missing or wrong → 401, and the API is not called', async () => {
    vi.mocked(api['session:get']).mockClear()
    const missing = await httpRequest(server.port, '/api/session:get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    expect(missing.status).toBe(401)
    const wrong = await apiCall('session:get', {}, { 'x-goldspan-token': 'b'.repeat(64) })
    expect(wrong.status).toBe(401)
    const shorter = await apiCall('session:get', {}, { 'x-goldspan-token': 'a' })
    expect(shorter.status).toBe(401)
    expect(api['session:get']).not.toHaveBeenCalled()
  })

  it('refuses a foreign Host (DNS rebinding) or Origin with 403, even with the token', async () => {
    const rebound = await apiCall('session:get', {}, { host: `evil.example:${server.port}` })
    expect(rebound.status).toBe(403)
    expect(JSON.parse(rebound.body).error.message).toBe(`foreign Host header "evil.example:${server.port}"`)
    const otherPort = await apiCall('session:get', {}, { host: '127.0.0.1:1' })
    expect(otherPort.status).toBe(403)
    const crossSite = await apiCall('session:get', {}, { origin: 'http://evil.example' })
    expect(crossSite.status).toBe(403)
    const page = await httpRequest(server.port, '/', { headers: { host: 'evil.example' } })
    expect(page.status).toBe(403)
  })

  it('accepts its own origin under both local names', async () => {
    const viaLocalhost = await apiCall('session:get', {}, { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` })
    expect(viaLocalhost.status).toBe(200)
    const viaIp = await apiCall('session:get', {}, { origin: `http://127.0.0.1:${server.port}` })
    expect(viaIp.status).toBe(200)
  })

  it('refuses a body over the documented limit with 413', async () => {
    const declared = await apiCall('session:get', {}, { 'content-length': String(MAX_REQUEST_BYTES + 1) })
    expect(declared.status).toBe(413)
    const streamed = await httpRequest(server.port, '/api/session:get', {
      method: 'POST',
      // Chunked, so no Content-Length announces the size: the server must count.
      headers: { 'content-type': 'application/json', 'x-goldspan-token': TOKEN, 'transfer-encoding': 'chunked' },
      body: Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20)
    })
    expect(streamed.status).toBe(413)
  })

  it('refuses non-JSON bodies and content types, and unknown channels', async () => {
    const notJson = await httpRequest(server.port, '/api/session:get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goldspan-token': TOKEN },
      body: '{'
    })
    expect(notJson.status).toBe(400)
    const form = await apiCall('session:get', {}, { 'content-type': 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(415)
    const unknown = await apiCall('session:drop', {})
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-channel')
    const get = await httpRequest(server.port, '/api/session:get', { headers: { 'x-goldspan-token': TOKEN } })
    expect(get.status).toBe(405)
  })

  it('serves the renderer with the strict CSP and no-referrer', async () => {
    const index = await httpRequest(server.port, '/?token=x')
    expect(index.status).toBe(200)
    expect(index.body).toBe('<!doctype html><title>Goldspan</title>')
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(index.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
    )
    expect(index.headers['referrer-policy']).toBe('no-referrer')
    const script = await httpRequest(server.port, '/assets/app.js')
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body).toBe('console.log(1)')
  })

  it('answers /favicon.ico with 204 when the renderer has no icon, so browsers log no error', async () => {
    const icon = await httpRequest(server.port, '/favicon.ico')
    expect(icon.status).toBe(204)
    expect(icon.body).toBe('')
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/assets/link.txt', '/%00', '/%zz']) {
      const response = await httpRequest(server.port, path)
      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain('outside the renderer')
    }
  })
})
