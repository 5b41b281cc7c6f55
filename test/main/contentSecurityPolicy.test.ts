import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GoldspanApi } from '../../src/core/api'
import { startWebServer, type WebServer } from '../../src/cli/web/server'
import { serveAppRequest } from '../../src/main/appProtocol'
import { httpRequest } from '../cli/web/httpRequest'

// The renderer gets its CSP from three places: the app protocol's header (desktop), the web
// server's header (web mode) and index.html's meta tag (both, and any other way the page is
// loaded). A policy relaxed in one of them would be the one that counts, so all three must
// say the same about scripts, and none may allow inline or eval'd script.

type Policy = Map<string, string[]>

function parsePolicy(csp: string): Policy {
  const policy: Policy = new Map()
  for (const directive of csp.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/)
    if (name) policy.set(name.toLowerCase(), sources)
  }
  return policy
}

function metaPolicy(html: string): string {
  const found = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  if (!found?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag')
  return found[1]
}

let root: string
let server: WebServer
const policies = {} as Record<'app protocol' | 'web server' | 'index.html meta', Policy>

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-csp-'))
  await writeFile(join(root, 'index.html'), '<!doctype html>')
  server = await startWebServer({ api: {} as GoldspanApi, rendererDir: root, token: 't'.repeat(64), port: 0 })
  const fromProtocol = (await serveAppRequest('goldspan://app/index.html', root)).headers.get('content-security-policy')
  const fromServer = (await httpRequest(server.port, '/')).headers['content-security-policy']
  const html = await readFile(fileURLToPath(new URL('../../src/renderer/index.html', import.meta.url)), 'utf8')
  policies['app protocol'] = parsePolicy(String(fromProtocol))
  policies['web server'] = parsePolicy(String(fromServer))
  policies['index.html meta'] = parsePolicy(metaPolicy(html))
})

afterAll(async () => {
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

describe('content security policy', () => {
  it.each(['app protocol', 'web server', 'index.html meta'] as const)('%s: scripts only from the app itself, no inline, no eval', (where) => {
    const policy = policies[where]
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    for (const [directive, sources] of policy) {
      if (directive === 'style-src') continue
      expect(sources, `${where} ${directive}`).not.toContain("'unsafe-inline'")
      expect(sources, `${where} ${directive}`).not.toContain("'unsafe-eval'")
      expect(sources, `${where} ${directive}`).not.toContain("'unsafe-hashes'")
      expect(sources, `${where} ${directive}`).not.toContain('*')
    }
  })

  it('is the same policy in all three places (the meta tag omits what a meta tag cannot set)', () => {
    const header = policies['app protocol']
    expect(policies['web server']).toEqual(header)
    // frame-ancestors is ignored in a meta tag, and the headers add form-action; every
    // directive the meta tag does state must match the headers exactly.
    for (const [directive, sources] of policies['index.html meta']) expect(header.get(directive), directive).toEqual(sources)
    expect(header.get('frame-ancestors')).toEqual(["'none'"])
  })
})
