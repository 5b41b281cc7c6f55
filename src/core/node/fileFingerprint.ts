import type { BigIntStats } from 'node:fs'
import { stat } from 'node:fs/promises'

/**
 * Identifies one version of a file: inode, size and modification time in nanoseconds.
 * An atomic replace gives a new inode; an edit in place changes the time.
 */
export function fileFingerprint(stats: BigIntStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}`
}

/** The fingerprint of `file` now, or null when it does not exist. */
export async function currentFingerprint(file: string): Promise<string | null> {
  try {
    return fileFingerprint(await stat(file, { bigint: true }))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
