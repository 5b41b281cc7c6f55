import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The folder of Goldspan's package.json, found by walking up from this file, so the
 * bundled seeds/ and the built out/renderer are found however the CLI is run
 * (npx, tsx from src/, or a bundle).
 */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from)
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'goldspan') return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`no goldspan package.json above ${from}`)
    dir = parent
  }
}
