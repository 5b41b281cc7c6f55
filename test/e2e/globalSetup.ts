import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Builds the app once before the end-to-end tests, which serve out/renderer through
 * `goldspan web`. Runs only when an e2e test is queued (the e2e project of
 * vitest.config.ts). GOLDSPAN_E2E_SKIP_BUILD=1 reuses the last build while iterating.
 */
export default function setup(): void {
  if (process.env.GOLDSPAN_E2E_SKIP_BUILD === '1') return
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8'
  })
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`)
  }
}
