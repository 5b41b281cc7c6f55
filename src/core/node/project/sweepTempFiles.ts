import { readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ANNOTATIONS_DIR } from './annotationPath'

/** The temp names atomicWrite makes: `.<file>.<pid>.<8 hex>.(new|bak).tmp`. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.(new|bak)\.tmp$/

async function namesIn(dir: string): Promise<string[]> {
  return readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return []
    throw error
  })
}

/**
 * Removes the temp files that writes interrupted by a crash left in the project folder
 * and its annotator folders (hidden, and ignored by every reader). Only safe while holding
 * the project lock, when no other Goldspan can be writing. Returns how many were removed.
 */
export async function sweepTempFiles(projectDir: string): Promise<number> {
  const annotations = join(projectDir, ANNOTATIONS_DIR)
  const folders = [projectDir, ...(await namesIn(annotations)).map((name) => join(annotations, name))]
  let removed = 0
  for (const folder of folders) {
    for (const name of await namesIn(folder)) {
      if (!TEMP_FILE.test(name)) continue
      await unlink(join(folder, name)).catch(() => undefined)
      removed++
    }
  }
  return removed
}
