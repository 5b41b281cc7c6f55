import type { GoldspanApi, MenuCommand } from './contract'

/**
 * What the preload script exposes as `window.goldspan` in the desktop app: the API, with
 * failures thrown as `Error(message)`, plus the menu commands of the native menu.
 * Types only, so the renderer may import it.
 */
export type GoldspanBridge = GoldspanApi & {
  /** Calls `callback` for each command of the native menu; returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void
}
