import { readFileSync, unlinkSync } from 'node:fs'
import { open, readFile, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { ProjectError, ProjectLockedError, type ProjectLockHolder } from '../errors'
import { fileSystemErrorReason } from '../fileSystemErrorReason'
import { openProject, type Project } from './openProject'
import { sweepTempFiles } from './sweepTempFiles'

/** The lock file in a project folder while a Goldspan has it open for writing. */
export const PROJECT_LOCK_FILE = '.goldspan.lock'

/** A lock file that still does not parse after this long was left by a crash between creating and writing it. */
const INCOMPLETE_LOCK_GRACE_MS = 10_000

/** Lock files this process holds, with the exact content it wrote, for release and for exit. */
const held = new Map<string, string>()

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseHolder(content: string): ProjectLockHolder | null {
  try {
    const value = JSON.parse(content) as Partial<ProjectLockHolder>
    if (Number.isInteger(value.pid) && typeof value.host === 'string' && typeof value.startedAt === 'string') {
      return { pid: value.pid as number, host: value.host, startedAt: value.startedAt }
    }
  } catch {
    // fall through: incomplete or foreign content
  }
  return null
}

const delay = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms))

/**
 * Deletes a lock judged stale, if it still has `staleContent`. Only the process holding
 * `<lock>.break` (exclusive create) may delete a lock it did not write; since a lock is only
 * ever created where none exists, the content checked under the breaker cannot be replaced
 * before the delete, so a fresh lock is never removed. A breaker left by a crash in this
 * short window is removed once older than the grace period.
 */
async function breakStaleLock(lockFile: string, staleContent: string): Promise<void> {
  const breaker = `${lockFile}.break`
  try {
    await (await open(breaker, 'wx')).close()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const since = await stat(breaker).then((info) => Date.now() - info.mtimeMs, () => 0)
    if (since > INCOMPLETE_LOCK_GRACE_MS) await unlink(breaker).catch(() => undefined)
    else await delay(20)
    return
  }
  try {
    const current = await readFile(lockFile, 'utf8').catch(() => null)
    if (current === staleContent) await unlink(lockFile)
  } finally {
    await unlink(breaker).catch(() => undefined)
  }
}

/** Removes the lock this process holds, unless it is no longer ours. */
async function removeOwnLock(lockFile: string, content: string): Promise<void> {
  const current = await readFile(lockFile, 'utf8').catch(() => null)
  if (current === content) await unlink(lockFile).catch(() => undefined)
}

process.on('exit', () => {
  for (const [lockFile, content] of held) {
    try {
      if (readFileSync(lockFile, 'utf8') === content) unlinkSync(lockFile)
    } catch {
      // nothing left to clean up
    }
  }
})

type LockState = { kind: 'free' } | { kind: 'stale'; content: string } | { kind: 'held'; holder: ProjectLockHolder | null; reason: string }

async function inspectLock(lockFile: string): Promise<LockState> {
  let content: string
  let modified: number
  try {
    content = await readFile(lockFile, 'utf8')
    modified = (await stat(lockFile)).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'free' }
    throw error
  }
  const holder = parseHolder(content)
  if (!holder) {
    if (Date.now() - modified > INCOMPLETE_LOCK_GRACE_MS) return { kind: 'stale', content }
    return { kind: 'held', holder: null, reason: `is being opened by another Goldspan (${lockFile} is not complete yet)` }
  }
  const since = `pid ${holder.pid} on host ${holder.host} since ${holder.startedAt}`
  if (holder.host !== hostname()) {
    return { kind: 'held', holder, reason: `is open in another Goldspan (${since}); if none runs there any more, delete ${lockFile}` }
  }
  if (holder.pid === process.pid) {
    // Our pid but not our lock: a previous process had the same pid (common in containers).
    if (held.get(lockFile) !== content) return { kind: 'stale', content }
    return { kind: 'held', holder, reason: `is already open in this Goldspan (${since})` }
  }
  if (!isProcessAlive(holder.pid)) return { kind: 'stale', content }
  return { kind: 'held', holder, reason: `is open in another Goldspan (${since})` }
}

/**
 * Takes the lock of the project in `dir`: creates `<dir>/.goldspan.lock` (exclusive
 * create, so of two Goldspans racing exactly one wins) holding this process's pid, host
 * and start time. A lock left by a process that is no longer running on this host is
 * recovered, and the temp files of writes a crash interrupted are removed. Throws
 * ProjectLockedError naming the holder when another live Goldspan (or this one) has the
 * project. Returns the function that releases the lock; the lock is also removed when the
 * process exits normally.
 */
export async function acquireProjectLock(dir: string): Promise<() => Promise<void>> {
  const projectDir = resolve(dir)
  const lockFile = join(projectDir, PROJECT_LOCK_FILE)
  const content = `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() })}\n`
  // Each round either takes the lock, finds it held, or clears a stale one; rounds waiting on a breaker sleep 20 ms.
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const handle = await open(lockFile, 'wx')
      try {
        await handle.writeFile(content, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      held.set(lockFile, content)
      // Holding the lock, no other Goldspan writes here: what interrupted writes left can go.
      await sweepTempFiles(projectDir).catch(() => undefined)
      return () => releaseProjectLock(lockFile, content)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ProjectError(`${lockFile}: cannot create the project lock: ${fileSystemErrorReason(error)}`)
      }
    }
    const state = await inspectLock(lockFile)
    if (state.kind === 'held') throw new ProjectLockedError(projectDir, lockFile, state.holder, state.reason)
    if (state.kind === 'stale') await breakStaleLock(lockFile, state.content)
  }
  throw new ProjectError(`${lockFile}: cannot take the project lock (other Goldspans keep taking it)`)
}

async function releaseProjectLock(lockFile: string, content: string): Promise<void> {
  if (held.get(lockFile) !== content) return
  held.delete(lockFile)
  await removeOwnLock(lockFile, content)
}

/**
 * Opens the project in `dir` for editing: takes its lock (see acquireProjectLock), then
 * opens it. When another Goldspan has it, opens it read-only instead (`project.readOnly`
 * says who has it, and saves are refused) with a release that does nothing.
 */
export async function openLockedProject(dir: string): Promise<{ project: Project; release: () => Promise<void> }> {
  let release: () => Promise<void>
  try {
    release = await acquireProjectLock(dir)
  } catch (error) {
    if (!(error instanceof ProjectLockedError)) throw error
    return { project: await openProject(dir, { readOnly: error.message }), release: async () => undefined }
  }
  try {
    return { project: await openProject(dir), release }
  } catch (error) {
    await release()
    throw error
  }
}
