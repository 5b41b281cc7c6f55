import type { BrowserWindow, IpcMainInvokeEvent, Session, WebContents } from 'electron'
import { RENDERER_CSP } from '../core/node'
import { APP_HOST, APP_SCHEME } from './appProtocol'

/**
 * The development server's page needs Vite's inline refresh preamble and its websocket;
 * the built app never gets this policy.
 */
function devServerCsp(devServerUrl: string): string {
  const { host } = new URL(devServerUrl)
  return RENDERER_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ws://${host}`
  )
}

/** Whether `url` is a page of this app: the app scheme, or the dev server when there is one. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin
}

/**
 * IPC is answered only for our window's main frame showing our page: not a subframe,
 * not another window, not a page it was somehow navigated to.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow | null, devServerUrl?: string): boolean {
  if (!window || window.isDestroyed()) return false
  const frame = event.senderFrame
  const mainFrame = window.webContents.mainFrame
  if (!frame || event.sender !== window.webContents) return false
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false
  return isAppUrl(frame.url, devServerUrl)
}

/**
 * Denies what a hostile text could try through the page: new windows, navigation away
 * from the app (including redirects), and webviews. Attached to every web contents.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Denies every permission request and check (camera, notifications, clipboard read…),
 * and puts the CSP header on responses that do not come through the app protocol
 * (the dev server's).
 */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  const csp = devServerUrl ? devServerCsp(devServerUrl) : RENDERER_CSP
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}
