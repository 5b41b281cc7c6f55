import { EventEmitter } from 'node:events'
import type { BrowserWindow, IpcMainInvokeEvent, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { hardenSession, hardenWebContents, isAppUrl, isTrustedSender } from '../../src/main/security'

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    }
  })
  hardenWebContents(contents as unknown as WebContents)
  return { contents, openWindow: (url: string) => openHandler?.({ url }) }
}

function emitPreventable(emitter: EventEmitter, name: string, url: string): boolean {
  const event = { preventDefault: vi.fn() }
  emitter.emit(name, event, url)
  return event.preventDefault.mock.calls.length === 1
}

describe('web contents hardening', () => {
  it('denies window.open', () => {
    const { openWindow } = fakeContents()
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' })
  })

  it('prevents navigation, redirects and webviews', () => {
    const { contents } = fakeContents()
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true)
    expect(emitPreventable(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true)
    expect(emitPreventable(contents, 'will-redirect', 'https://example.com/')).toBe(true)
    expect(emitPreventable(contents, 'will-attach-webview', 'https://example.com/')).toBe(true)
  })
})

describe('session hardening', () => {
  function hardened(devServerUrl?: string) {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (handler: never) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: never) => (handlers.check = handler),
      webRequest: { onHeadersReceived: (handler: never) => (handlers.headers = handler) }
    }
    hardenSession(session as unknown as Session, devServerUrl)
    return handlers as Record<string, (...args: unknown[]) => unknown>
  }

  it('denies every permission request and check', () => {
    const handlers = hardened()
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      const callback = vi.fn()
      handlers.request!({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(handlers.check!({}, permission)).toBe(false)
    }
  })

  it('puts the strict CSP on responses, with no inline or eval scripts', () => {
    const callback = vi.fn()
    hardened().headers!({ responseHeaders: { 'X-Other': ['1'] } }, callback)
    const headers = callback.mock.calls[0]![0].responseHeaders
    expect(headers['X-Other']).toEqual(['1'])
    const [csp] = headers['Content-Security-Policy']
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
  })

  it('relaxes the CSP only for the dev server’s inline preamble and websocket', () => {
    const callback = vi.fn()
    hardened('http://localhost:5173').headers!({ responseHeaders: {} }, callback)
    const [csp] = callback.mock.calls[0]![0].responseHeaders['Content-Security-Policy']
    expect(csp).toContain("script-src 'self' 'unsafe-inline';")
    expect(csp).toContain("connect-src 'self' ws://localhost:5173;")
    expect(csp).not.toContain('unsafe-eval')
  })
})

describe('IPC sender check', () => {
  const mainFrame = { processId: 4, routingId: 1, url: 'goldspan://app/index.html' }
  const webContents = { mainFrame }
  const window = { isDestroyed: () => false, webContents } as unknown as BrowserWindow

  function event(frame: Partial<typeof mainFrame> | null, sender: unknown = webContents) {
    return { sender, senderFrame: frame === null ? null : { ...mainFrame, ...frame } } as unknown as IpcMainInvokeEvent
  }

  it('trusts our window’s main frame on our page', () => {
    expect(isTrustedSender(event({}), window)).toBe(true)
    expect(isTrustedSender(event({ url: 'goldspan://app/index.html?x#y' }), window)).toBe(true)
  })

  it('refuses subframes, other windows, other pages, and gone frames', () => {
    expect(isTrustedSender(event({ routingId: 7 }), window)).toBe(false)
    expect(isTrustedSender(event({}, { mainFrame }), window)).toBe(false)
    expect(isTrustedSender(event({ url: 'https://evil.example/' }), window)).toBe(false)
    expect(isTrustedSender(event({ url: 'file:///etc/passwd' }), window)).toBe(false)
    expect(isTrustedSender(event({ url: 'goldspan://evil/index.html' }), window)).toBe(false)
    expect(isTrustedSender(event(null), window)).toBe(false)
    expect(isTrustedSender(event({}), null)).toBe(false)
    expect(isTrustedSender(event({}), { ...window, isDestroyed: () => true } as unknown as BrowserWindow)).toBe(false)
  })

  it('trusts the dev server only when there is one, and only its origin', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false)
  })
})
