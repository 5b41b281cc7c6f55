import type { GoldspanBridge } from '../../core/api/bridge'
import type { GoldspanApi, MenuCommand } from '../../core/api/contract'
import { createFetchApi } from './createFetchApi'
import { takeSessionToken } from './sessionToken'

declare global {
  interface Window {
    /** Set by the desktop preload; absent in web mode. */
    goldspan?: GoldspanBridge
  }
}

export interface Connection {
  readonly mode: 'desktop' | 'web'
  readonly api: GoldspanApi
  /** Native menu commands (desktop only); returns the unsubscribe function. */
  readonly onMenuCommand: (callback: (command: MenuCommand) => void) => () => void
}

/** The desktop bridge when the preload provided one, else the web mode's fetch client. */
export function connectApi(win: Window = window): Connection {
  const bridge = win.goldspan
  if (bridge) return { mode: 'desktop', api: bridge, onMenuCommand: (callback) => bridge.onMenuCommand(callback) }
  return { mode: 'web', api: createFetchApi(takeSessionToken(win)), onMenuCommand: () => () => {} }
}
