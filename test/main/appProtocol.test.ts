import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RENDERER_CSP } from '../../src/core/node'
import { serveAppRequest } from '../../src/main/appProtocol'

let root: string
let rendererDir: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-protocol-'))
  rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'void 0')
  await writeFile(join(root, 'private.json'), '{"secret":1}')
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
})
