import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelPayload } from '../../../src/core/api'
import type { Span } from '../../../src/core/model'
import { createWorkspace, projectDirForCorpus, SettingsError, type Workspace } from '../../../src/core/node'

const FIXED_NOW = new Date('2026-11-25T10:00:00.000Z')
// "😀" is 2 UTF-16 units but 1 code point, so "Paris" is at 3-8 in UTF-16 and 2-7 in code points.
const EMOJI_TEXT = '😀 Paris, le 3 mai.\n'
const PLAIN_TEXT = 'Jean Dupont arrive.\n'

let root: string
let homeDir: string
let corpusDir: string

async function workspace(mode: 'desktop' | 'web' = 'web', chooseExportPath?: (name: string) => Promise<string | null>): Promise<Workspace> {
  return createWorkspace({ homeDir, mode, defaultCorpus: corpusDir, now: () => FIXED_NOW, ...(chooseExportPath ? { chooseExportPath } : {}) })
}

function span(id: string, start: number, end: number, label: string, annotator = 'ana'): Span {
  return { id, start, end, label, annotator, created: FIXED_NOW.toISOString(), updated: FIXED_NOW.toISOString() }
}

/** The payload type of document:save (its spans array is mutable, unlike DocumentAnnotations'). */
function annotations(documentId: string, text: string, spans: Span[], annotator = 'ana'): ChannelPayload<'document:save'>['annotations'] {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex')
  return { version: 2, documentId, sha256, annotator, status: 'in_progress', offsetUnit: 'utf16', spans, relations: [] }
}

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; code?: string; message: string }> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: Error & { code?: string }) => error
  )
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-workspace-'))
  homeDir = join(root, 'home')
  corpusDir = join(root, 'news')
  await mkdir(corpusDir)
  await writeFile(join(corpusDir, 'a.txt'), EMOJI_TEXT)
  await writeFile(join(corpusDir, 'b.txt'), PLAIN_TEXT)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('workspace session', () => {
  it('starts a first run with no annotator, no project and the default corpus', async () => {
    const { api } = await workspace()
    expect(await api['session:get']({})).toEqual({ mode: 'web', annotator: null, project: null, recentProjects: [], defaultCorpus: corpusDir })
  })

  it('keeps the annotator name in settings.json for the next run', async () => {
    const first = await workspace()
    const info = await first.api['session:setAnnotator']({ name: 'ana' })
    expect(info.annotator).toBe('ana')
    const onDisk = JSON.parse(await readFile(join(homeDir, 'settings.json'), 'utf8'))
    expect(onDisk).toEqual({ version: 1, annotator: 'ana', recentProjects: [] })
    const second = await workspace()
    expect((await second.api['session:get']({})).annotator).toBe('ana')
  })

  it('reports an unreadable settings.json instead of starting from defaults, and leaves it as is', async () => {
    await mkdir(homeDir, { recursive: true })
    await writeFile(join(homeDir, 'settings.json'), '{"version": 1, "annotator": "ana",')
    const error = await errorOf(workspace())
    expect(error).toBeInstanceOf(SettingsError)
    expect(error.message).toContain(join(homeDir, 'settings.json'))
    expect(await readFile(join(homeDir, 'settings.json'), 'utf8')).toBe('{"version": 1, "annotator": "ana",')
  })

  it('refuses to open a project before the annotator has a name', async () => {
    const { api } = await workspace()
    const error = await errorOf(api['project:openCorpus']({ path: corpusDir }))
    expect(error.code).toBe('annotator-required')
  })
})

describe('workspace projects', () => {
  it('imports a corpus into <home>/projects/<name>-<8 hex of sha256(path)> and makes it current', async () => {
    const { api } = await workspace()
    await api['session:setAnnotator']({ name: 'ana' })
    const summary = await api['project:openCorpus']({ path: corpusDir })
    const hash = createHash('sha256').update(corpusDir).digest('hex').slice(0, 8)
    const expectedDir = join(homeDir, 'projects', `news-${hash}`)
    expect(projectDirForCorpus(homeDir, corpusDir)).toBe(expectedDir)
    expect(summary.dir).toBe(expectedDir)
    expect(summary.annotator).toBe('ana')
    expect(summary.documents).toEqual([
      { id: 'a', status: 'todo', spanCount: 0, length: 20 },
      { id: 'b', status: 'todo', spanCount: 0, length: 20 }
    ])
    expect(summary.problems).toEqual([])
    const session = await api['session:get']({})
    expect(session.project?.dir).toBe(expectedDir)
    expect(session.recentProjects).toEqual([expectedDir])
  })

  it('reuses the project when the same corpus is opened again', async () => {
    const { api } = await workspace()
    await api['session:setAnnotator']({ name: 'ana' })
    const first = await api['project:openCorpus']({ path: corpusDir })
    const again = await api['project:openCorpus']({ path: join(corpusDir, '.') })
    expect(again.dir).toBe(first.dir)
    expect(again.problems).toEqual([])
    expect(await readdir(join(homeDir, 'projects'))).toHaveLength(1)
    expect((await api['session:get']({})).recentProjects).toEqual([first.dir])
  })

  it('opens an existing project folder and keeps at most 10 recent projects, newest first', async () => {
    const { api } = await workspace()
    await api['session:setAnnotator']({ name: 'ana' })
    const dirs: string[] = []
    for (let index = 0; index < 12; index++) {
      const corpus = join(root, `corpus${index}`)
      await mkdir(corpus)
      await writeFile(join(corpus, 'doc.txt'), `text ${index}\n`)
      dirs.push((await api['project:openCorpus']({ path: corpus })).dir)
    }
    const reopened = await api['project:open']({ dir: dirs[3]! })
    expect(reopened.documents.map((document) => document.id)).toEqual(['doc'])
    const recent = (await api['session:get']({})).recentProjects
    expect(recent).toEqual([dirs[3], dirs[11], dirs[10], dirs[9], dirs[8], dirs[7], dirs[6], dirs[5], dirs[4], dirs[2]])
  })

  it('reports a folder that is not a project', async () => {
    const { api } = await workspace()
    await api['session:setAnnotator']({ name: 'ana' })
    const error = await errorOf(api['project:open']({ dir: corpusDir }))
    expect(error.message).toContain(join(corpusDir, 'goldspan.json'))
  })
})

describe('workspace project lock', () => {
  async function withAnnotator(name: string): Promise<Workspace> {
    const ws = await workspace()
    await ws.api['session:setAnnotator']({ name })
    return ws
  }

  it('holds the lock of the open project and releases it on close', async () => {
    const ws = await withAnnotator('ana')
    const { dir } = await ws.api['project:openCorpus']({ path: corpusDir })
    const lock = JSON.parse(await readFile(join(dir, '.goldspan.lock'), 'utf8'))
    expect(lock.pid).toBe(process.pid)
    await ws.close()
    await expect(readFile(join(dir, '.goldspan.lock'))).rejects.toThrow()
  })

  it('opens a project another Goldspan holds read-only: said among the problems, saves refused', async () => {
    const first = await withAnnotator('ana')
    await first.api['project:openCorpus']({ path: corpusDir })
    const second = await withAnnotator('ana')
    const summary = await second.api['project:openCorpus']({ path: corpusDir })
    expect(summary.problems).toHaveLength(1)
    expect(summary.problems[0]?.reason).toMatch(/^opened read-only, saves are refused: project .* is already open in this Goldspan/)
    const refused = await errorOf(second.api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) }))
    expect(refused.message).toContain('read-only')
    await expect(first.api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })).resolves.toBeDefined()
    await first.close()
    await second.close()
  })

  it('lets go of the previous project when another is opened', async () => {
    const first = await withAnnotator('ana')
    await first.api['project:openCorpus']({ path: corpusDir })
    const otherCorpus = join(root, 'other')
    await mkdir(otherCorpus)
    await writeFile(join(otherCorpus, 'c.txt'), 'c\n')
    await first.api['project:openCorpus']({ path: otherCorpus })
    const second = await withAnnotator('ana')
    expect((await second.api['project:openCorpus']({ path: corpusDir })).problems).toEqual([])
    await first.close()
    await second.close()
  })
})

describe('workspace documents', () => {
  async function openedWorkspace(mode: 'desktop' | 'web' = 'web', chooseExportPath?: (name: string) => Promise<string | null>) {
    const ws = await workspace(mode, chooseExportPath)
    await ws.api['session:setAnnotator']({ name: 'ana' })
    await ws.api['project:openCorpus']({ path: corpusDir })
    return ws
  }

  it('opens a document with its exact text and empty annotations', async () => {
    const { api } = await openedWorkspace()
    const opened = await api['document:open']({ documentId: 'a' })
    expect(opened.text).toBe(EMOJI_TEXT)
    expect(opened.annotations.spans).toEqual([])
    expect(opened.annotations.status).toBe('todo')
    expect(opened.annotations.annotator).toBe('ana')
  })

  it('saves the session annotator’s work and shows it on reopening and in the summary', async () => {
    const { api } = await openedWorkspace()
    const result = await api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })
    expect(result).toEqual({ savedAt: '2026-11-25T10:00:00.000Z', revision: expect.any(String) })
    const reopened = await api['document:open']({ documentId: 'a' })
    expect(reopened.annotations.spans).toEqual([span('T1', 3, 8, 'GPE')])
    const summary = (await api['session:get']({})).project
    expect(summary?.documents[0]).toEqual({ id: 'a', status: 'in_progress', spanCount: 1, length: 20 })
  })

  it('applies saves in the order they were sent, even when not awaited one by one', async () => {
    const { api } = await openedWorkspace()
    const saves = [1, 2, 3].map((count) =>
      api['document:save']({ annotations: annotations('b', PLAIN_TEXT, [span('T1', 0, 4, 'PER'), span('T2', 5, 11, 'PER'), span('T3', 0, 11, 'PER')].slice(0, count)) })
    )
    await Promise.all(saves)
    expect((await api['document:open']({ documentId: 'b' })).annotations.spans).toHaveLength(3)
  })

  it('refuses to save another annotator’s file or an unknown document, writing nothing', async () => {
    const { api } = await openedWorkspace()
    const other = await errorOf(api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE', 'bob')], 'bob') }))
    expect(other.code).toBe('wrong-annotator')
    const unknown = await errorOf(api['document:save']({ annotations: annotations('zzz', EMOJI_TEXT, []) }))
    expect(unknown.code).toBe('unknown-document')
    const unknownOpen = await errorOf(api['document:open']({ documentId: 'zzz' }))
    expect(unknownOpen.code).toBe('unknown-document')
    const project = (await api['session:get']({})).project!
    await expect(readdir(join(project.dir, 'annotations'))).rejects.toThrow()
  })

  it('exports goldspan JSONL as content in web mode, offsets in code points by default', async () => {
    const { api } = await openedWorkspace()
    await api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })
    const exported = await api['project:export']({ format: 'goldspan', offsetUnit: 'codepoint', layer: { annotator: 'ana' } })
    expect(exported.savedTo).toBeUndefined()
    expect(exported.fileName).toMatch(/^news-[0-9a-f]{8}-ana\.jsonl$/)
    expect(exported.documentCount).toBe(2)
    expect(exported.spanCount).toBe(1)
    const lines = exported.content!.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual(['a', 'b'])
    expect(lines[0].offset_unit).toBe('codepoint')
    expect(lines[0].entities).toEqual([{ id: 'T1', start: 2, end: 7, label: 'GPE', text: 'Paris', attributes: {} }])
    expect(lines[0].meta.exported_at).toBe('2026-11-25T10:00:00.000Z')
  })

  it('writes the export where the desktop dialog says, or nothing when it is cancelled', async () => {
    const target = join(root, 'out.jsonl')
    let answer: string | null = null
    const asked: string[] = []
    const { api } = await openedWorkspace('desktop', async (name) => {
      asked.push(name)
      return answer
    })
    const request = { format: 'goldspan', offsetUnit: 'utf16', layer: { annotator: 'ana' } } as const
    const cancelled = await errorOf(api['project:export'](request))
    expect(cancelled.code).toBe('export-cancelled')
    await expect(readFile(target)).rejects.toThrow()
    answer = target
    await api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })
    const exported = await api['project:export'](request)
    expect(exported).toEqual({ fileName: 'out.jsonl', savedTo: target, documentCount: 2, spanCount: 1 })
    expect(asked[0]).toMatch(/-ana\.jsonl$/)
    const first = JSON.parse((await readFile(target, 'utf8')).split('\n')[0]!)
    expect(first.entities).toEqual([{ id: 'T1', start: 3, end: 8, label: 'GPE', text: 'Paris', attributes: {} }])
  })

  it('keeps saving while the desktop export dialog is open', async () => {
    let answer: (path: string | null) => void = () => undefined
    let dialogOpened: () => void = () => undefined
    const opened = new Promise<void>((resolve) => (dialogOpened = resolve))
    const { api } = await openedWorkspace('desktop', () => {
      dialogOpened()
      return new Promise((resolve) => (answer = resolve))
    })
    const exported = api['project:export']({ format: 'goldspan', offsetUnit: 'codepoint', layer: { annotator: 'ana' } })
    await opened
    const saved = await api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })
    expect(saved).toEqual({ savedAt: '2026-11-25T10:00:00.000Z', revision: expect.any(String) })
    answer(null)
    await expect(exported).rejects.toThrow('export cancelled')
  })

  it('exports the readable documents of a layer and reports an unreadable annotation file in skipped, naming it', async () => {
    const { api } = await openedWorkspace()
    await api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })
    const project = (await api['session:get']({})).project!
    const file = join(project.dir, 'annotations', 'ana', 'a.json')
    await writeFile(file, '{ broken')
    const exported = await api['project:export']({ format: 'goldspan', offsetUnit: 'codepoint', layer: { annotator: 'ana' } })
    // Two documents, "a" unreadable: only "b" is exported.
    expect(exported.documentCount).toBe(1)
    expect(exported.content!.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['b'])
    expect(exported.skipped).toHaveLength(1)
    expect(exported.skipped![0]!.documentId).toBe('a')
    expect(exported.skipped![0]!.reason).toContain(file)
    expect((await api['session:get']({})).project?.problems.map((problem) => problem.file)).toContain(file)
  })

  it('opens a document whose annotation file is unreadable read-only, with the file and reason, leaving it byte-identical', async () => {
    const { api } = await openedWorkspace()
    await api['document:save']({ annotations: annotations('a', EMOJI_TEXT, [span('T1', 3, 8, 'GPE')]) })
    const project = (await api['session:get']({})).project!
    const file = join(project.dir, 'annotations', 'ana', 'a.json')
    await writeFile(file, '{ broken')
    const opened = await api['document:open']({ documentId: 'a' })
    expect(opened.text).toBe(EMOJI_TEXT)
    expect(opened.annotations.spans).toEqual([])
    expect(opened.readOnlyReason).toContain(file)
    expect(await readFile(file, 'utf8')).toBe('{ broken')
    expect((await api['document:open']({ documentId: 'b' })).readOnlyReason).toBeUndefined()
  })

  it('tells listeners when the session changes', async () => {
    const ws = await workspace()
    let changes = 0
    const stop = ws.onSessionChange(() => changes++)
    await ws.api['session:setAnnotator']({ name: 'ana' })
    await ws.api['project:openCorpus']({ path: corpusDir })
    stop()
    await ws.api['session:setAnnotator']({ name: 'bob' })
    expect(changes).toBe(2)
  })
})
