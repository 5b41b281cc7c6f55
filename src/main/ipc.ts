import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNEL_NAMES, handleRequest, type Envelope, type GoldspanApi } from '../core/api'

export const FORBIDDEN_SENDER = 'forbidden-sender'

/**
 * One `ipcMain.handle` per channel of the contract. Each call is answered with an
 * envelope: refused when the sender is not our window's page, else whatever
 * handleRequest (payload validation, then the workspace) gives.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  api: GoldspanApi,
  isTrusted: (event: IpcMainInvokeEvent) => boolean
): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Envelope<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: FORBIDDEN_SENDER, message: `${channel}: refused, the request does not come from the Goldspan window` } }
      }
      return handleRequest(api, channel, payload)
    })
  }
}
