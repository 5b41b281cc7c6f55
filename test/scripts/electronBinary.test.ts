import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, firstErrorLine, whyElectronCannotRun } from '../../scripts/electronBinary.mjs'

let electronDir: string

beforeEach(async () => {
  electronDir = await mkdtemp(join(tmpdir(), 'goldspan-electron-'))
})

afterEach(() => rm(electronDir, { recursive: true, force: true }))

describe('npm start’s Electron check', () => {
  it('finds the binary only when path.txt names a file that exists', async () => {
    expect(findElectronBinary(electronDir)).toBeNull()
    await writeFile(join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary(electronDir)).toBeNull()
    await mkdir(join(electronDir, 'dist'))
    await writeFile(join(electronDir, 'dist', 'electron'), '')
    expect(findElectronBinary(electronDir)).toBe(join(electronDir, 'dist', 'electron'))
  })

  it('gives the first line of an error, not its stack', () => {
    const output = 'Downloading Electron binary...\n\nTypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n'
    expect(firstErrorLine(output)).toBe('TypeError: fetch failed')
  })

  it('says why Electron cannot show a window: no display, or a binary that does not start', () => {
    expect(whyElectronCannotRun(process.execPath, {}, 'linux')).toBe('there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)')
    expect(whyElectronCannotRun(join(electronDir, 'missing'), { DISPLAY: ':0' }, 'linux')).toMatch(/^it does not start: .*ENOENT/)
    // Node stands in for a working binary: ELECTRON_RUN_AS_NODE makes Electron behave as node.
    expect(whyElectronCannotRun(process.execPath, { DISPLAY: ':0' }, 'linux')).toBeNull()
  })
})
