import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Protocol } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { RENDERER_CSP } from '../../src/core/node'
import { APP_SCHEME, handleAppProtocol, registerAppScheme, serveAppRequest } from '../../src/main/appProtocol'

let root: string
let rendererDir: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-protocol-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'void 0')
  await writeFile(join(root, 'private.json'), '{"secret":1}')
  await symlink(join(root, 'private.json'), join(rendererDir, 'assets', 'escape.json'))
  await symlink(join(root), join(rendererDir, 'parent'))
  await symlink(join(rendererDir, 'assets', 'app.js'), join(rendererDir, 'assets', 'alias.js'))
})

afterAll(() => rm(root, { recursive: true, force: true }))

describe('app protocol', () => {
  it('serves the renderer’s files with the CSP header', async () => {
    const page = await serveAppRequest('goldspan://app/index.html', rendererDir)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<!doctype html>')
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP)
    const script = await serveAppRequest('goldspan://app/assets/app.js', rendererDir)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('cannot reach files outside the renderer folder or another host', async () => {
    for (const url of ['goldspan://app/../private.json', 'goldspan://app/%2e%2e/private.json', 'goldspan://app/assets/..%2f..%2fprivate.json', 'goldspan://other/index.html']) {
      const response = await serveAppRequest(url, rendererDir)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('secret')
    }
  })

  it('cannot reach files by absolute path, encoded slash, backslash or NUL', async () => {
    const privateFile = join(root, 'private.json')
    const encoded = encodeURIComponent(privateFile)
    for (const url of [
      `goldspan://app/${privateFile}`,
      `goldspan://app/${encoded}`,
      `goldspan://app/assets/${encoded}`,
      'goldspan://app/..%5cprivate.json',
      'goldspan://app/assets%5c..%5c..%5cprivate.json',
      'goldspan://app/index.html%00.json',
      'goldspan://app/%2e%2e%2fprivate.json',
      'goldspan://app/.%2e/private.json',
      'file:///etc/passwd',
      `file://${privateFile}`
    ]) {
      const response = await serveAppRequest(url, rendererDir)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('secret')
    }
  })

  it('follows a symbolic link only when it stays inside the renderer folder', async () => {
    expect((await serveAppRequest('goldspan://app/assets/escape.json', rendererDir)).status).toBe(404)
    expect((await serveAppRequest('goldspan://app/parent/private.json', rendererDir)).status).toBe(404)
    const alias = await serveAppRequest('goldspan://app/assets/alias.js', rendererDir)
    expect(alias.status).toBe(200)
    expect(await alias.text()).toBe('void 0')
  })

  it('is registered as a standard, secure scheme that does not bypass the CSP', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol)
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  })

  it('answers the scheme’s requests from the renderer folder only', async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined
    handleAppProtocol({ handle: (scheme: string, given: typeof handler) => void (scheme === APP_SCHEME && (handler = given)) } as unknown as Protocol, rendererDir)
    expect((await handler!(new Request('goldspan://app/index.html'))).status).toBe(200)
    expect((await handler!(new Request('goldspan://app/%2e%2e/private.json'))).status).toBe(404)
  })
})
