import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GoldspanApi } from '../../../src/core/api'
import { startWebServer, WEB_HOST, type WebServer } from '../../../src/cli/web/server'
import { httpRequest } from './httpRequest'

// Who may reach the web mode: a page of another site (cross-origin or by DNS rebinding),
// another program or user on the machine without the token, another machine. Complements
// server.test.ts with the variants an attacker would try.

const TOKEN = '0123456789abcdef'.repeat(4)
const sessionGet = vi.fn(async () => ({ mode: 'web' }))
const api = { 'session:get': sessionGet } as unknown as GoldspanApi

let root: string
let server: WebServer

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-origin-'))
  await writeFile(join(root, 'index.html'), '<!doctype html>')
  server = await startWebServer({ api, rendererDir: root, token: TOKEN, port: 0 })
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

beforeEach(() => sessionGet.mockClear())

function sessionCall(headers: Record<string, string>, path = '/api/session:get') {
  return httpRequest(server.port, path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' })
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Sends `text` as is (Node's client always adds a Host header) and returns the whole answer. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(text))
    let answer = ''
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')))
    socket.once('end', () => resolve(answer))
    socket.once('error', reject)
  })
}

describe('web mode token', () => {
  it('is required in the x-goldspan-token header: a token in the query string or a cookie does not count', async () => {
    const inQuery = await sessionCall({}, `/api/session:get?token=${TOKEN}`)
    expect(inQuery.status).toBe(401)
    const inCookie = await sessionCall({ cookie: `token=${TOKEN}; x-goldspan-token=${TOKEN}` })
    expect(inCookie.status).toBe(401)
    const inAuthorization = await sessionCall({ authorization: `Bearer ${TOKEN}` })
    expect(inAuthorization.status).toBe(401)
    expect(sessionGet).not.toHaveBeenCalled()
    expect((await sessionCall({ 'x-goldspan-token': TOKEN })).status).toBe(200)
  })

  it('must match exactly: same length with one character changed, other case, longer, shorter or empty → 401', async () => {
    const lastChanged = `${TOKEN.slice(0, -1)}e`
    // (Surrounding spaces are not a case: HTTP strips them from every header value.)
    for (const given of [lastChanged, TOKEN.toUpperCase(), `${TOKEN}0`, TOKEN.slice(1), '']) {
      const response = await sessionCall({ 'x-goldspan-token': given })
      expect(response.status, JSON.stringify(given)).toBe(401)
      expect(JSON.parse(response.body).error.code).toBe('unauthorized')
    }
    expect(sessionGet).not.toHaveBeenCalled()
  })
})

describe('web mode origin checks (DNS rebinding, cross-site requests)', () => {
  it('refuses every Host but 127.0.0.1:PORT and localhost:PORT, even with the token', async () => {
    const port = server.port
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, '127.0.0.1', `0.0.0.0:${port}`, `[::1]:${port}`, `127.0.0.2:${port}`]) {
      const response = await sessionCall({ host, 'x-goldspan-token': TOKEN })
      expect(response.status, host).toBe(403)
      expect(JSON.parse(response.body).error.message, host).toBe(`foreign Host header ${JSON.stringify(host)}`)
    }
    expect(sessionGet).not.toHaveBeenCalled()
  })

  it('refuses a request with no Host at all (HTTP/1.0), even with the token', async () => {
    const answer = await rawRequest(server.port, `POST /api/session:get HTTP/1.0\r\nx-goldspan-token: ${TOKEN}\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`)
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /)
    expect(answer).toContain('foreign Host header \\"\\"')
    expect(sessionGet).not.toHaveBeenCalled()
  })

  it('refuses a foreign Origin, including "null" and look-alikes of its own, even with the token', async () => {
    const port = server.port
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${port}`,
      'null',
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `http://127.0.0.1:${port}.evil.example`,
      `http://127.0.0.1`,
      `file://`
    ]) {
      const response = await sessionCall({ origin, 'x-goldspan-token': TOKEN })
      expect(response.status, origin).toBe(403)
    }
    expect(sessionGet).not.toHaveBeenCalled()
  })

  it('answers a cross-site preflight with 403 and never sends CORS headers', async () => {
    const preflight = await httpRequest(server.port, '/api/session:get', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-goldspan-token' }
    })
    expect(preflight.status).toBe(403)
    const own = await sessionCall({ 'x-goldspan-token': TOKEN, origin: `http://127.0.0.1:${server.port}` })
    for (const response of [preflight, own]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    }
  })
})

describe('web mode address', () => {
  it('listens on 127.0.0.1 only: not on IPv6 loopback nor on any other interface of the machine', async () => {
    expect(WEB_HOST).toBe('127.0.0.1')
    expect(await accepts('127.0.0.1', server.port)).toBe(true)
    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && address.address !== '127.0.0.1')
      .map((address) => address!.address)
    expect(otherAddresses.length).toBeGreaterThan(0)
    for (const address of otherAddresses) expect(await accepts(address, server.port), address).toBe(false)
  })
})
