import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWebMode, type WebMode } from '../../../src/cli/web/startWebMode'
import { httpRequest } from './httpRequest'

let root: string
let packageRoot: string
let running: WebMode | undefined

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-webmode-'))
  packageRoot = join(root, 'package')
  await mkdir(join(packageRoot, 'out', 'renderer'), { recursive: true })
  await writeFile(join(packageRoot, 'out', 'renderer', 'index.html'), '<!doctype html>')
  await mkdir(join(packageRoot, 'seeds'))
  // « » and no-break spaces, as in the French seeds: 8 + 1 + 1 + 1 + 1 + 1 + 5 + 1 + 1 + 1 + 1 = 22 UTF-16 units.
  await writeFile(join(packageRoot, 'seeds', 'une.txt'), 'Il a dit\u00a0: «\u00a0Paris\u00a0».\n')
})

afterEach(async () => {
  await running?.server.close()
  running = undefined
  await rm(root, { recursive: true, force: true })
})

async function call(mode: WebMode, channel: string, payload: unknown) {
  const token = new URL(mode.server.url).searchParams.get('token')!
  const response = await httpRequest(mode.server.port, `/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goldspan-token': token },
    body: JSON.stringify(payload)
  })
  return JSON.parse(response.body)
}

describe('web mode', () => {
  it('serves the real workspace: first run, annotator, seeds, document text', async () => {
    running = await startWebMode({ homeDir: join(root, 'home'), packageRoot })
    const first = await call(running, 'session:get', {})
    expect(first.value).toMatchObject({ mode: 'web', annotator: null, project: null, defaultCorpus: join(packageRoot, 'seeds') })
    await call(running, 'session:setAnnotator', { name: 'ana' })
    const opened = await call(running, 'project:openCorpus', { path: first.value.defaultCorpus })
    expect(opened.value.documents).toEqual([{ id: 'une', status: 'todo', spanCount: 0, length: 22 }])
    const document = await call(running, 'document:open', { documentId: 'une' })
    expect(document.value.text).toBe('Il a dit\u00a0: «\u00a0Paris\u00a0».\n')
  })

  it('opens --corpus at start for a known annotator', async () => {
    const corpus = join(root, 'other')
    await mkdir(corpus)
    await writeFile(join(corpus, 'x.txt'), 'x\n')
    const first = await startWebMode({ homeDir: join(root, 'home'), packageRoot, corpus })
    await call(first, 'session:setAnnotator', { name: 'ana' })
    await first.server.close()
    running = await startWebMode({ homeDir: join(root, 'home'), packageRoot, corpus })
    const session = await call(running, 'session:get', {})
    expect(session.value.defaultCorpus).toBe(corpus)
    expect(session.value.project.documents.map((document: { id: string }) => document.id)).toEqual(['x'])
  })

  it('says to build first when the renderer is missing', async () => {
    await rm(join(packageRoot, 'out'), { recursive: true })
    await expect(startWebMode({ homeDir: join(root, 'home'), packageRoot })).rejects.toThrow(/index\.html not found: build the app first/)
  })
})
