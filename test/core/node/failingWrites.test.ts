import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AnnotationFileError, annotationPath, backupPath, importCorpus, saveAnnotationChanges, saveAnnotations, sha256Hex, StaleSaveBaseError, type Project } from '../../../src/core/node'
import type { DocumentAnnotations } from '../../../src/core/model'
import { useTempDirs } from './makeTempDir'

/**
 * One failure to inject into the next matching file-system call of the save path. Root
 * ignores permissions (the tests may run as root), so a read-only folder, a full disk or
 * a locked file is simulated by making the call fail with the code the OS would give.
 */
interface Fault {
  readonly call: 'open temp' | 'write' | 'sync' | 'link' | 'copyFile' | 'rename backup' | 'rename' | 'sync folder' | 'mkdir'
  readonly code: string
}

/** Faults still to be hit, each by the first call of its kind. */
let faults: Fault[] = []

function failIf(call: Fault['call'], syscall: string): void {
  const index = faults.findIndex((fault) => fault.call === call)
  if (index < 0) return
  const [{ code }] = faults.splice(index, 1) as [Fault]
  throw Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall })
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  const open: typeof actual.open = async (path, flags, mode) => {
    const name = String(path)
    if (flags === 'wx' && name.endsWith('.tmp')) failIf('open temp', 'open')
    const handle = await actual.open(path, flags, mode)
    const isFolder = (await handle.stat()).isDirectory()
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writev') return (...args: Parameters<typeof target.writev>) => (failIf('write', 'write'), target.writev(...args))
        if (key === 'sync') return () => (failIf(isFolder ? 'sync folder' : 'sync', 'fsync'), target.sync())
        const value = Reflect.get(target, key, target) as unknown
        return typeof value === 'function' ? value.bind(target) : value
      }
    })
  }
  const mocked = {
    ...actual,
    open,
    link: async (...args: Parameters<typeof actual.link>) => (failIf('link', 'link'), actual.link(...args)),
    copyFile: async (...args: Parameters<typeof actual.copyFile>) => (failIf('copyFile', 'copyfile'), actual.copyFile(...args)),
    mkdir: async (...args: Parameters<typeof actual.mkdir>) => (failIf('mkdir', 'mkdir'), actual.mkdir(...args)),
    rename: async (from: string, to: string) => {
      failIf(to.endsWith('.bak') ? 'rename backup' : 'rename', 'rename')
      return actual.rename(from, to)
    }
  }
  return { ...mocked, default: mocked }
})

const makeTempDir = useTempDirs()
afterEach(() => {
  faults = []
})

const TEXT = 'Alep et Damas'
const T = '2026-01-02T03:04:05.000Z'

function version(n: number): DocumentAnnotations {
  const spans = Array.from({ length: n }, (_, index) => ({ id: `T${index}`, start: index, end: index + 1, label: 'LOC', annotator: 'alice', created: T, updated: T }))
  return { version: 2, documentId: 'd', sha256: sha256Hex(TEXT), annotator: 'alice', status: 'in_progress', offsetUnit: 'utf16', spans, relations: [] }
}

/** A project where alice has saved versions 1 then 2 of document d. */
async function projectWithTwoSaves(): Promise<{ project: Project; file: string; v1: string; v2: string; revision: string }> {
  const dir = await makeTempDir()
  await writeFile(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'd', text: TEXT })}\n`)
  const { project } = await importCorpus(dir, join(dir, 'corpus.jsonl'))
  const file = annotationPath(dir, 'alice', 'd')
  await saveAnnotations(project, version(1))
  const v1 = await readFile(file, 'utf8')
  const revision = await saveAnnotations(project, version(2))
  return { project, file, v1, v2: await readFile(file, 'utf8'), revision }
}

async function folderListing(file: string): Promise<string[]> {
  return (await readdir(join(file, '..'))).sort()
}

// [call that fails, code, what the user reads]
const FAULTS: [Fault['call'], string, string][] = [
  ['open temp', 'EROFS', 'the file system is read-only (EROFS, open)'],
  ['open temp', 'EACCES', 'permission denied (read-only folder or file?) (EACCES, open)'],
  ['write', 'ENOSPC', 'the disk is full (ENOSPC, write)'],
  ['write', 'EDQUOT', 'the disk quota is exceeded (EDQUOT, write)'],
  ['sync', 'EIO', 'input/output error (failing or disconnected drive?) (EIO, fsync)'],
  ['rename', 'EBUSY', 'the file is locked by another program (EBUSY, rename)'],
  ['rename', 'EACCES', 'permission denied (read-only folder or file?) (EACCES, rename)']
]

describe('a save whose write fails', () => {
  it.each(FAULTS)('%s failing with %s: clear error, file and .bak unchanged, no temp file, and a retry saves', async (call, code, reason) => {
    const { project, file, v1, v2 } = await projectWithTwoSaves()
    const before = await folderListing(file)
    faults = [{ call, code }]
    const error = await saveAnnotations(project, version(3)).catch((caught: unknown) => caught)
    expect(faults).toEqual([]) // the fault was hit
    expect(error).toBeInstanceOf(AnnotationFileError)
    expect((error as AnnotationFileError).message).toBe(`${file}: not saved: cannot write: ${reason}; the previous version is kept`)
    expect(await readFile(file, 'utf8')).toBe(v2)
    expect(await readFile(backupPath(file), 'utf8')).toBe(v1)
    expect(await folderListing(file)).toEqual(before)

    await saveAnnotations(project, version(3))
    expect(JSON.parse(await readFile(file, 'utf8')).spans).toHaveLength(3)
    expect(await readFile(backupPath(file), 'utf8')).toBe(v2)
  })

  it.each(FAULTS)('a save of changes, %s failing with %s: the same error, file and .bak unchanged, and the client told to save the whole document', async (call, code, reason) => {
    const { project, file, v1, v2, revision } = await projectWithTwoSaves()
    const before = await folderListing(file)
    const { spans, ...header } = version(3)
    const changes = { annotations: header, putSpans: spans.slice(2), removedSpanIds: [] }
    faults = [{ call, code }]
    const error = await saveAnnotationChanges(project, revision, changes).catch((caught: unknown) => caught)
    expect(faults).toEqual([])
    expect((error as AnnotationFileError).message).toBe(`${file}: not saved: cannot write: ${reason}; the previous version is kept`)
    expect(await readFile(file, 'utf8')).toBe(v2)
    expect(await readFile(backupPath(file), 'utf8')).toBe(v1)
    expect(await folderListing(file)).toEqual(before)
    // The version the changes applied to is forgotten with the failed write: a whole save follows.
    await expect(saveAnnotationChanges(project, revision, changes)).rejects.toThrow(StaleSaveBaseError)
    await saveAnnotations(project, version(3))
    expect(JSON.parse(await readFile(file, 'utf8')).spans).toHaveLength(3)
  })

  it('falls back to a copy for the .bak where hard links are refused, and saves', async () => {
    const { project, file, v2 } = await projectWithTwoSaves()
    faults = [{ call: 'link', code: 'EPERM' }]
    await saveAnnotations(project, version(3))
    expect(faults).toEqual([])
    expect(await readFile(backupPath(file), 'utf8')).toBe(v2)
    expect(await folderListing(file)).toEqual(['d.json', 'd.json.bak'])
  })

  it('fails cleanly when neither a link nor a copy of the previous version can be made', async () => {
    const { project, file, v1, v2 } = await projectWithTwoSaves()
    faults = [
      { call: 'link', code: 'EPERM' },
      { call: 'copyFile', code: 'ENOSPC' }
    ]
    await expect(saveAnnotations(project, version(3))).rejects.toThrow(`${file}: not saved: cannot write: the disk is full (ENOSPC, copyfile); the previous version is kept`)
    expect(faults).toEqual([])
    expect(await readFile(file, 'utf8')).toBe(v2)
    expect(await readFile(backupPath(file), 'utf8')).toBe(v1)
    expect(await folderListing(file)).toEqual(['d.json', 'd.json.bak'])
  })

  it('saves but says so when the previous version cannot become the .bak, which keeps its older content', async () => {
    const { project, file, v1 } = await projectWithTwoSaves()
    faults = [{ call: 'rename backup', code: 'EPERM' }]
    await expect(saveAnnotations(project, version(3))).rejects.toThrow(
      `${file}: written, but the previous version could not be kept as .bak: not permitted (read-only folder, or the file is locked by another program?) (EPERM, rename)`
    )
    expect(JSON.parse(await readFile(file, 'utf8')).spans).toHaveLength(3)
    expect(await readFile(backupPath(file), 'utf8')).toBe(v1)
    expect(await folderListing(file)).toEqual(['d.json', 'd.json.bak'])
  })

  it('says the new version is written but not durable when only the folder sync fails', async () => {
    const { project, file } = await projectWithTwoSaves()
    faults = [{ call: 'sync folder', code: 'EIO' }]
    await expect(saveAnnotations(project, version(3))).rejects.toThrow(
      `${file}: written, but the folder could not be synced: input/output error (failing or disconnected drive?) (EIO, fsync); the new version may not survive a power cut, save again`
    )
    expect(JSON.parse(await readFile(file, 'utf8')).spans).toHaveLength(3)
  })

  it('names the folder problem when the annotator folder cannot be created', async () => {
    const { project } = await projectWithTwoSaves()
    faults = [{ call: 'mkdir', code: 'EROFS' }]
    const bob = { ...version(1), annotator: 'bob', spans: [] }
    await expect(saveAnnotations(project, bob)).rejects.toThrow(
      `${annotationPath(project.dir, 'bob', 'd')}: not saved: cannot create its folder: the file system is read-only (EROFS, mkdir)`
    )
  })

  it('refuses to replace a folder standing where the file should be, and leaves it', async () => {
    const { project, file } = await projectWithTwoSaves()
    await rm(file)
    await mkdir(file)
    await writeFile(join(file, 'keep.txt'), 'x')
    await expect(saveAnnotations(project, version(3))).rejects.toThrow(`${file}: not overwritten: the file on disk is unreadable (cannot read: `)
    expect(await readdir(file)).toEqual(['keep.txt'])
  })
})
