import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron'
import { MENU_CHANNEL, type MenuCommand } from '../core/api'
import { createWorkspace, type Workspace } from '../core/node'
import { APP_URL, handleAppProtocol } from './appProtocol'
import { createDialogs } from './dialogs'
import { registerIpcHandlers } from './ipc'
import { createMainWindow } from './mainWindow'
import { buildMenuTemplate } from './menu'
import { createMenuActions } from './menuActions'
import { restrictRendererApi } from './restrictRendererApi'
import { hardenSession, isTrustedSender } from './security'
import { PRELOAD_RELATIVE_PATH } from './windowOptions'

/** Settings and projects live in GOLDSPAN_HOME when set (tests, portable use), else in Electron's userData. */
export function desktopHomeDir(): string {
  return process.env.GOLDSPAN_HOME || app.getPath('userData')
}

/** Wires workspace, IPC, menu and window once the app is ready. Quits with an error box if settings are unreadable. */
export async function startDesktopApp(): Promise<void> {
  const mainDir = dirname(fileURLToPath(import.meta.url))
  // electron-vite sets this in `npm run dev` only; a packaged app never loads from a server.
  const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined
  let window: BrowserWindow | null = null
  const dialogs = createDialogs(() => window)

  handleAppProtocol(protocol, join(mainDir, '../renderer'))
  hardenSession(session.defaultSession, devServerUrl)

  const defaultCorpus = join(app.getAppPath(), 'seeds')
  let workspace: Workspace
  try {
    workspace = await createWorkspace({
      homeDir: desktopHomeDir(),
      mode: 'desktop',
      defaultCorpus,
      chooseExportPath: (name, kind) => dialogs.chooseExportPath(name, kind)
    })
  } catch (error) {
    dialogs.showError('Goldspan cannot start', error instanceof Error ? error.message : String(error))
    app.quit()
    return
  }

  const sendToRenderer = (command: MenuCommand): void => window?.webContents.send(MENU_CHANNEL, command)
  const actions = createMenuActions({ api: workspace.api, dialogs, sendToRenderer, appVersion: app.getVersion() })
  const refreshMenu = (): void => {
    const template = buildMenuTemplate(actions, { recentProjects: workspace.settings.current.recentProjects, isMac: process.platform === 'darwin' })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  refreshMenu()
  workspace.onSessionChange(refreshMenu)
  const rendererApi = restrictRendererApi(workspace.api, () => ({ defaultCorpus, recentProjects: workspace.settings.current.recentProjects }))
  registerIpcHandlers(ipcMain, rendererApi, (event) => isTrustedSender(event, window, devServerUrl))

  window = createMainWindow(workspace.settings, join(mainDir, PRELOAD_RELATIVE_PATH), devServerUrl ?? APP_URL)
  window.on('closed', () => {
    window = null
  })
}
