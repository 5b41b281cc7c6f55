// `npm start`: build, then open the desktop app, or, where Electron cannot be had or
// cannot show a window, say why and open the web mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary, installElectron, whyElectronCannotRun } from './electronBinary.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const electronDir = join(root, 'node_modules', 'electron')

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

let binary = findElectronBinary(electronDir)
let reason = null
if (binary === null) {
  console.log('Electron binary missing; trying to download it (node node_modules/electron/install.js)…')
  reason = installElectron(electronDir)
  binary = findElectronBinary(electronDir)
  if (reason === null && binary === null) reason = 'the download reported success but no binary is there'
}
if (binary !== null) reason = whyElectronCannotRun(binary)

if (binary !== null && reason === null) {
  run(binary, ['.'])
} else {
  const problem = binary === null ? 'Electron could not be downloaded on this machine' : 'Electron cannot run on this machine'
  console.log(`${problem} (${reason}); opening the web mode instead.`)
  run(process.execPath, [join(root, 'bin', 'goldspan.mjs'), 'web'])
}
