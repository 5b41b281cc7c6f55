import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { atomicWrite } from '../atomicWrite'
import type { JobControl } from '../jobs/jobRunner'
import type { BuiltExport } from './buildExport'

/** Thrown when the destination cannot take the export; nothing was written. */
export class ExportDestinationError extends Error {
  override readonly name = 'ExportDestinationError'
}

async function listFolder(dir: string): Promise<string[] | null> {
  try {
    return await readdir(dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code === 'ENOTDIR') throw new ExportDestinationError(`${dir}: is a file; brat is written to a folder`)
    throw error
  }
}

/**
 * Writes a built export to `destination` so that no half-written export is ever left
 * there: one file goes through `atomicWrite` (temp file, fsync, rename); a brat folder is
 * written whole into a hidden temp folder beside it, then renamed into place, so a cancel
 * or failure between files removes the temp folder and leaves `destination` untouched.
 * The brat destination must not exist yet or be empty (an older export's files would be
 * read back with this one).
 */
export async function writeExport(built: BuiltExport, destination: string, control?: JobControl): Promise<void> {
  if (built.files === null) {
    control?.signal.throwIfAborted()
    await atomicWrite(destination, built.content ?? '', { keepBackup: false })
    return
  }
  const existing = await listFolder(destination)
  if (existing !== null && existing.length > 0) {
    throw new ExportDestinationError(`${destination}: the folder is not empty; choose a new or empty folder for the brat export`)
  }
  const temp = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  await mkdir(temp, { recursive: true })
  try {
    let done = 0
    for (const [name, content] of built.files) {
      control?.signal.throwIfAborted()
      await atomicWrite(join(temp, name), content, { keepBackup: false })
      done++
      control?.report(done, built.files.size, `writing ${done}/${built.files.size} files`)
    }
    control?.signal.throwIfAborted()
    if (existing !== null) await rmdir(destination)
    await rename(temp, destination)
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
}
