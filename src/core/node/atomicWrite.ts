import { randomBytes } from 'node:crypto'
import { copyFile, link, open, rename, unlink } from 'node:fs/promises'
import { fileFingerprint } from './fileFingerprint'
import { basename, dirname, join } from 'node:path'

/** The name under which the previous version of `file` is kept. */
export function backupPath(file: string): string {
  return `${file}.bak`
}

function tempPath(file: string, purpose: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.${purpose}.tmp`)
}

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code
}

async function removeQuietly(file: string): Promise<void> {
  await unlink(file).catch(() => undefined)
}

/** Writes a new file, fsyncs it, and returns its fingerprint (which the rename keeps). */
async function writeAndSync(file: string, content: string): Promise<string> {
  const handle = await open(file, 'wx')
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
    return fileFingerprint(await handle.stat({ bigint: true }))
  } finally {
    await handle.close()
  }
}

/** Makes renames in `dir` durable. Windows cannot open a folder for fsync; its renames are journaled. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Keeps the current `file` as `file.bak` without ever leaving `file` missing: a hard
 * link (or, where links are not supported, a synced copy) is made under a temp name and
 * renamed over the old backup. Returns false when there was no file to keep.
 */
async function keepBackup(file: string): Promise<boolean> {
  const temp = tempPath(file, 'bak')
  try {
    await link(file, temp)
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return false
    await copyFile(file, temp)
    const handle = await open(temp, 'r+')
    await handle.sync().finally(() => handle.close())
  }
  try {
    await rename(temp, backupPath(file))
  } catch (error) {
    await removeQuietly(temp)
    throw error
  }
  return true
}

/**
 * Replaces `file` with `content` (UTF-8) so that a crash at any moment leaves either
 * the old or the new version, never a mix: a temp file in the same folder is written
 * and fsynced, renamed over `file`, and the folder is fsynced. The previous version,
 * if any, is kept as `file.bak`. Returns the fingerprint of the file written.
 */
export async function atomicWrite(file: string, content: string): Promise<string> {
  const temp = tempPath(file, 'new')
  let fingerprint: string
  try {
    fingerprint = await writeAndSync(temp, content)
    await keepBackup(file)
    await rename(temp, file)
  } catch (error) {
    await removeQuietly(temp)
    throw error
  }
  await syncDirectory(dirname(file))
  return fingerprint
}
