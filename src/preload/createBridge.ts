import { CHANNEL_NAMES, MENU_CHANNEL } from '../core/api/channelNames'
import type { GoldspanBridge } from '../core/api/bridge'
import type { Envelope, MenuCommand } from '../core/api/contract'

// Imports are from the files, not '../core/api', so the bundle stays free of zod.

/** The part of ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, payload: unknown): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

function unwrap(channel: string, envelope: unknown): unknown {
  const answer = envelope as Envelope<unknown> | null
  if (answer?.ok === true) return answer.value
  if (answer?.ok === false) throw new Error(answer.error.message)
  throw new Error(`${channel}: malformed answer from the main process`)
}

/**
 * Builds `window.goldspan`: one function per channel that invokes it and unwraps the
 * envelope (throwing `Error(message)` on failure), and `onMenuCommand`. The IPC event is
 * never handed to the page, so it cannot reach `sender` or other channels.
 */
export function createBridge(ipc: BridgeIpc): GoldspanBridge {
  const api = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, async (payload: unknown) => unwrap(channel, await ipc.invoke(channel, payload))])
  )
  const onMenuCommand = (callback: (command: MenuCommand) => void): (() => void) => {
    const listener = (_event: unknown, command: unknown) => callback(command as MenuCommand)
    ipc.on(MENU_CHANNEL, listener)
    return () => void ipc.removeListener(MENU_CHANNEL, listener)
  }
  // Built from CHANNEL_NAMES, which a test keeps equal to the contract's channels.
  return { ...api, onMenuCommand } as unknown as GoldspanBridge
}
