import { EventEmitter } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RENDERER_CSP } from '../../src/core/node'

// Electron's binary is not available here: the whole module is replaced by recorders.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const windows: FakeWindow[] = []
  class FakeWindow {
    static getAllWindows = () => windows
    readonly events = new Map<string, (event: { preventDefault(): void }) => void>()
    readonly mainFrame = { processId: 1, routingId: 1, url: 'goldspan://app/index.html' }
    readonly webContents = { mainFrame: this.mainFrame, send: (..._args: unknown[]) => undefined }
    loadedUrl = ''
    destroyed = false
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
    on(name: string, listener: (event: { preventDefault(): void }) => void) {
      this.events.set(name, listener)
      return this
    }
    once(name: string, listener: (event: { preventDefault(): void }) => void) {
      return this.on(name, listener)
    }
    loadURL(url: string) {
      this.loadedUrl = url
      return Promise.resolve()
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1111, height: 777 }
    }
    isDestroyed() {
      return this.destroyed
    }
    close() {
      this.events.get('close')?.({ preventDefault: () => undefined })
      this.destroyed = true
    }
    show() {}
  }
  return {
    handlers,
    windows,
    FakeWindow,
    menus: [] as unknown[],
    protocols: [] as string[],
    errorBoxes: [] as string[][],
    quit: { called: 0 },
    sessionHandlers: {} as Record<string, (...args: never[]) => unknown>
  }
})

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    getAppPath: () => '/opt/goldspan',
    getVersion: () => '0.1.0',
    getPath: () => '/nonexistent/userData',
    quit: () => void electron.quit.called++
  },
  ipcMain: { handle: (channel: string, handler: never) => electron.handlers.set(channel, handler) },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => electron.menus.push(menu) },
  protocol: { handle: (scheme: string) => electron.protocols.push(scheme) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: never) => (electron.sessionHandlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (electron.sessionHandlers.check = handler),
      webRequest: { onHeadersReceived: (handler: never) => (electron.sessionHandlers.headers = handler) }
    }
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  dialog: { showErrorBox: (title: string, message: string) => electron.errorBoxes.push([title, message]) },
  BrowserWindow: electron.FakeWindow
}))

const { startDesktopApp } = await import('../../src/main/desktopApp')

let home: string

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'goldspan-desktop-'))
  vi.stubEnv('GOLDSPAN_HOME', home)
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  electron.handlers.clear()
  electron.windows.length = 0
  electron.menus.length = 0
  electron.protocols.length = 0
  electron.errorBoxes.length = 0
  electron.quit.called = 0
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(home, { recursive: true, force: true })
})

describe('desktop app', () => {
  it('opens one secure window on the app protocol, with IPC and the menu wired', async () => {
    await startDesktopApp()
    expect(electron.protocols).toEqual(['goldspan'])
    expect(electron.menus).toHaveLength(1)
    expect([...electron.handlers.keys()]).toContain('document:save')
    const [window] = electron.windows
    expect(window?.loadedUrl).toBe('goldspan://app/index.html')
    const preferences = window?.options.webPreferences as Record<string, unknown>
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(String(preferences.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/)
  })

  it('hardens the default session: permissions denied, the strict CSP on every response', async () => {
    await startDesktopApp()
    const { request, check, headers } = electron.sessionHandlers as Record<string, (...args: unknown[]) => unknown>
    const granted = vi.fn()
    request!({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect(check!({}, 'clipboard-read')).toBe(false)
    const answered = vi.fn()
    headers!({ responseHeaders: {} }, answered)
    expect(answered.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([RENDERER_CSP])
  })

  it('answers the window’s own page through the workspace in GOLDSPAN_HOME', async () => {
    await startDesktopApp()
    const window = electron.windows[0]!
    const event = { sender: window.webContents, senderFrame: window.mainFrame }
    const answer = await electron.handlers.get('session:setAnnotator')!(event, { name: 'ana' })
    expect(answer).toMatchObject({ ok: true, value: { mode: 'desktop', annotator: 'ana', defaultCorpus: '/opt/goldspan/seeds' } })
    expect(JSON.parse(await readFile(join(home, 'settings.json'), 'utf8')).annotator).toBe('ana')
    // The recent-projects menu is rebuilt after each session change.
    expect(electron.menus).toHaveLength(2)
  })

  it('lets the window’s page open the bundled corpus but no other folder', async () => {
    await startDesktopApp()
    const window = electron.windows[0]!
    const event = { sender: window.webContents, senderFrame: window.mainFrame }
    await electron.handlers.get('session:setAnnotator')!(event, { name: 'ana' })
    const elsewhere = await electron.handlers.get('project:openCorpus')!(event, { path: home })
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden-path' } })
    const project = await electron.handlers.get('project:open')!(event, { dir: home })
    expect(project).toMatchObject({ ok: false, error: { code: 'forbidden-path' } })
    // The bundled corpus is let through to the workspace (which finds no /opt/goldspan/seeds here).
    const seeds = (await electron.handlers.get('project:openCorpus')!(event, { path: '/opt/goldspan/seeds' })) as { ok: boolean; error?: { code: string } }
    expect(seeds.error?.code).not.toBe('forbidden-path')
  })

  it('remembers the window’s bounds when it closes', async () => {
    await startDesktopApp()
    electron.windows[0]!.close()
    await vi.waitFor(async () => {
      const settings = JSON.parse(await readFile(join(home, 'settings.json'), 'utf8'))
      expect(settings.windowBounds).toEqual({ x: 40, y: 30, width: 1111, height: 777 })
    })
  })

  it('refuses to start over an unreadable settings.json, saying which file', async () => {
    await writeFile(join(home, 'settings.json'), 'not json')
    await startDesktopApp()
    expect(electron.windows).toHaveLength(0)
    expect(electron.quit.called).toBe(1)
    expect(electron.errorBoxes[0]?.[0]).toBe('Goldspan cannot start')
    expect(electron.errorBoxes[0]?.[1]).toContain(join(home, 'settings.json'))
    expect(await readFile(join(home, 'settings.json'), 'utf8')).toBe('not json')
  })
})
