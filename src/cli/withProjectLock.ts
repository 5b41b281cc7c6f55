import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { acquireProjectLock } from '../core/node'

/**
 * Runs `work` holding the project's lock, so a CLI write never races the app (or another
 * CLI) writing the same project; a held lock fails with the holder's pid and host.
 * A folder with no goldspan.json yet is not open anywhere: import creates it unlocked.
 */
export async function withProjectLock<T>(projectDir: string, work: () => Promise<T>): Promise<T> {
  if (!existsSync(join(projectDir, 'goldspan.json'))) return work()
  const release = await acquireProjectLock(projectDir)
  try {
    return await work()
  } finally {
    await release()
  }
}
