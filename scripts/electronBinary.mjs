// Finds out whether the Electron binary can run here, without ever triggering the
// download that `require('electron')` starts on its own when the binary is missing.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The binary's path from node_modules/electron/path.txt, or null when Electron was never installed. */
export function findElectronBinary(electronDir) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/** The first meaningful line a failed command printed, for a one-line reason. */
export function firstErrorLine(output) {
  const line = output
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('at ') && !text.startsWith('Downloading'))
  return line ?? 'no error message'
}

/** Runs node_modules/electron/install.js (the download npm skipped); returns null on success, else why not. */
export function installElectron(electronDir, timeoutMs = 180_000) {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: timeoutMs })
  if (result.error) return `the download did not finish: ${result.error.message}`
  if (result.status !== 0) return `the download failed: ${firstErrorLine(`${result.stderr}\n${result.stdout}`)}`
  return null
}

/**
 * Says why `binary` cannot show a window here, or null when it can: a Linux machine
 * without a display, or a binary that does not start (missing system libraries).
 */
export function whyElectronCannotRun(binary, env = process.env, platform = process.platform) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)'
  const result = spawnSync(binary, ['-e', 'process.exit(0)'], { encoding: 'utf8', timeout: 30_000, env: { ...env, ELECTRON_RUN_AS_NODE: '1' } })
  if (result.error) return `it does not start: ${result.error.message}`
  if (result.status !== 0) return `it does not start: ${firstErrorLine(result.stderr)}`
  return null
}
