import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

// security.test.ts proves what hardenWebContents does; this proves the entry point applies it
// to every web contents Electron creates (windows, popups, webviews alike), and privileges the
// app scheme before anything else happens.

const electron = vi.hoisted(() => ({
  order: [] as string[],
  appListeners: new Map<string, (...args: unknown[]) => void>()
}))

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => {
      electron.order.push('requestSingleInstanceLock')
      return true
    },
    on: (name: string, listener: (...args: unknown[]) => void) => electron.appListeners.set(name, listener),
    whenReady: () => {
      electron.order.push('whenReady')
      return new Promise(() => undefined)
    },
    quit: () => undefined,
    exit: () => undefined
  },
  BrowserWindow: { getAllWindows: () => [] },
  protocol: { registerSchemesAsPrivileged: () => electron.order.push('registerSchemesAsPrivileged') }
}))
vi.mock('../../src/main/desktopApp', () => ({ startDesktopApp: async () => undefined }))

await import('../../src/main/index')

function createdContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as ((details: { url: string }) => { action: string }) | undefined,
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      contents.openHandler = handler
    }
  })
  electron.appListeners.get('web-contents-created')!({}, contents)
  return contents
}

describe('main entry', () => {
  it('privileges the app scheme before asking for the instance lock and waiting for ready', () => {
    expect(electron.order).toEqual(['registerSchemesAsPrivileged', 'requestSingleInstanceLock', 'whenReady'])
  })

  it('hardens every web contents Electron creates: no popup, no navigation, no webview', () => {
    const contents = createdContents()
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      contents.emit(name, event, 'https://evil.example/')
      expect(event.preventDefault, name).toHaveBeenCalledOnce()
    }
  })
})
