import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  acquireProjectLock,
  AnnotationFileError,
  annotationPath,
  importCorpus,
  openLockedProject,
  PROJECT_LOCK_FILE,
  ProjectLockedError,
  saveAnnotations,
  sha256Hex
} from '../../../../src/core/node'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()
const CHILD = resolve(__dirname, '../../../fixtures/lock/lockChild.ts')

const children: ChildProcessWithoutNullStreams[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

/** Starts a second Goldspan process and resolves once it printed `expected`. */
function startChild(dir: string, mode: 'hold' | 'race' | 'exit'): { child: ChildProcessWithoutNullStreams; lines: string[]; waitFor: (line: RegExp) => Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, mode], { stdio: 'pipe' })
  children.push(child)
  const lines: string[] = []
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = []
  let buffered = ''
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    let newline: number
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline)
      buffered = buffered.slice(newline + 1)
      lines.push(line)
      for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) waiter.resolve(line)
    }
  })
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolvePromise, reject) => {
      const found = lines.find((line) => pattern.test(line))
      if (found !== undefined) return resolvePromise(found)
      waiters.push({ pattern, resolve: resolvePromise })
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before ${pattern}: ${stderr}`)))
    })
  return { child, lines, waitFor }
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolvePromise) => (child.exitCode !== null || child.signalCode !== null ? resolvePromise() : child.on('exit', () => resolvePromise())))
}

async function makeProject() {
  const dir = await makeTempDir()
  await writeFile(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'd', text: 'Alep' })}\n`)
  await importCorpus(dir, join(dir, 'corpus.jsonl'))
  return dir
}

const readLock = async (dir: string) => JSON.parse(await readFile(join(dir, PROJECT_LOCK_FILE), 'utf8')) as { pid: number; host: string; startedAt: string }

describe('project lock', () => {
  it('writes pid, host and start time with an exclusive create, and removes the file on release', async () => {
    const dir = await makeProject()
    const before = Date.now()
    const release = await acquireProjectLock(dir)
    const lock = await readLock(dir)
    expect(lock.pid).toBe(process.pid)
    expect(lock.host).toBe(hostname())
    expect(Date.parse(lock.startedAt)).toBeGreaterThanOrEqual(before - 1000)
    await expect(acquireProjectLock(dir)).rejects.toThrow(
      `project ${dir} is already open in this Goldspan (pid ${process.pid} on host ${hostname()} since ${lock.startedAt})`
    )
    await release()
    await expect(readFile(join(dir, PROJECT_LOCK_FILE))).rejects.toThrow(/ENOENT/)
    await (await acquireProjectLock(dir))()
  })

  it(
    'refuses a project held by another live process, naming it, and opens it read-only where saves are refused',
    async () => {
      const dir = await makeProject()
      const other = startChild(dir, 'hold')
      await other.waitFor(/^acquired$/)
      const pid = other.child.pid!
      const lock = await readLock(dir)
      expect(lock.pid).toBe(pid)
      const error = await acquireProjectLock(dir).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ProjectLockedError)
      expect((error as ProjectLockedError).message).toBe(`project ${dir} is open in another Goldspan (pid ${pid} on host ${hostname()} since ${lock.startedAt})`)
      expect((error as ProjectLockedError).holder).toEqual(lock)

      const { project, release } = await openLockedProject(dir)
      expect(project.readOnly).toBe((error as Error).message)
      const annotations = { version: 2 as const, documentId: 'd', sha256: sha256Hex('Alep'), annotator: 'alice', status: 'done' as const, offsetUnit: 'utf16' as const, spans: [], relations: [] }
      const refused = await saveAnnotations(project, annotations).catch((caught: unknown) => caught)
      expect(refused).toBeInstanceOf(AnnotationFileError)
      expect((refused as Error).message).toBe(`${annotationPath(dir, 'alice', 'd')}: not saved: the project is open read-only: ${(error as Error).message}`)
      await expect(readFile(annotationPath(dir, 'alice', 'd'))).rejects.toThrow(/ENOENT/)
      await release()
      expect((await readLock(dir)).pid).toBe(pid) // the read-only opener's release leaves the holder's lock

      // Killed without a chance to clean up: its lock is stale and recovered.
      other.child.kill('SIGKILL')
      await exited(other.child)
      const opened = await openLockedProject(dir)
      expect(opened.project.readOnly).toBeUndefined()
      expect((await readLock(dir)).pid).toBe(process.pid)
      await saveAnnotations(opened.project, annotations)
      await opened.release()
    },
    60_000
  )

  it(
    'lets exactly one of six processes racing for a stale lock win',
    async () => {
      const dir = await makeProject()
      // A lock left by a process that has exited (its pid is free).
      const gone = startChild(await makeTempDir(), 'exit')
      await exited(gone.child)
      await writeFile(join(dir, PROJECT_LOCK_FILE), `${JSON.stringify({ pid: gone.child.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' })}\n`)
      const racers = Array.from({ length: 6 }, () => startChild(dir, 'race'))
      await Promise.all(racers.map((racer) => racer.waitFor(/^ready$/)))
      for (const racer of racers) racer.child.stdin.write('go\n')
      const results = await Promise.all(racers.map((racer) => racer.waitFor(/^(acquired|locked: .*)$/)))
      expect(results.filter((line) => line === 'acquired')).toHaveLength(1)
      const winner = racers[results.indexOf('acquired')]!.child.pid
      expect((await readLock(dir)).pid).toBe(winner)
      for (const line of results.filter((candidate) => candidate !== 'acquired')) {
        expect(line).toMatch(new RegExp(`^locked: project .* is (open in another Goldspan \\(pid ${winner} on host |being opened by another Goldspan)`))
      }
    },
    60_000
  )

  it(
    'removes the lock when the holder exits normally without releasing it',
    async () => {
      const dir = await makeProject()
      const other = startChild(dir, 'exit')
      await other.waitFor(/^acquired$/)
      await exited(other.child)
      await expect(readFile(join(dir, PROJECT_LOCK_FILE))).rejects.toThrow(/ENOENT/)
    },
    60_000
  )

  it('refuses a lock from another host, saying how to clear it if that Goldspan is gone', async () => {
    const dir = await makeProject()
    const lockFile = join(dir, PROJECT_LOCK_FILE)
    await writeFile(lockFile, '{"pid":1234,"host":"other-machine","startedAt":"2026-01-01T10:00:00.000Z"}\n')
    await expect(acquireProjectLock(dir)).rejects.toThrow(
      `project ${dir} is open in another Goldspan (pid 1234 on host other-machine since 2026-01-01T10:00:00.000Z); if none runs there any more, delete ${lockFile}`
    )
  })

  it('recovers a lock with this pid that this process does not hold (pid reused after a crash)', async () => {
    const dir = await makeProject()
    await writeFile(join(dir, PROJECT_LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2020-01-01T00:00:00.000Z' }))
    const release = await acquireProjectLock(dir)
    expect((await readLock(dir)).startedAt).not.toBe('2020-01-01T00:00:00.000Z')
    await release()
  })

  it('waits out an incomplete lock file, and recovers it once it is older than the grace period', async () => {
    const dir = await makeProject()
    const lockFile = join(dir, PROJECT_LOCK_FILE)
    await writeFile(lockFile, '{"pid":12')
    await expect(acquireProjectLock(dir)).rejects.toThrow(`project ${dir} is being opened by another Goldspan (${lockFile} is not complete yet)`)
    const aMinuteAgo = new Date(Date.now() - 60_000)
    await utimes(lockFile, aMinuteAgo, aMinuteAgo)
    const release = await acquireProjectLock(dir)
    expect((await readLock(dir)).pid).toBe(process.pid)
    await release()
  })

  it('removes the temp files of interrupted writes when it opens the project with the lock, and nothing else', async () => {
    const dir = await makeProject()
    const alice = join(dir, 'annotations', 'alice')
    await mkdir(alice, { recursive: true })
    const left = ['.d.json.4242.0badcafe.new.tmp', '.d.json.4242.12345678.bak.tmp']
    const kept = ['d.json', '.d.json.notes', '.hidden.tmp']
    for (const name of [...left, ...kept]) await writeFile(join(alice, name), 'x')
    await writeFile(join(dir, '.goldspan.json.99.abcdef01.new.tmp'), '{')
    const { release } = await openLockedProject(dir)
    expect((await readdir(alice)).sort()).toEqual([...kept].sort())
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    await release()
  })
})
