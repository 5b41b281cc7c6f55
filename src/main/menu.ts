import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../core/api'

/** What the menu items do; the desktop app supplies them, tests record them. */
export interface MenuActions {
  openCorpusFolder(): void
  openCorpusJsonl(): void
  openProject(): void
  openRecent(dir: string): void
  /** Forwards a command to the renderer (undo, redo, export, next/previous document). */
  sendToRenderer(command: MenuCommand): void
  showAbout(): void
  showKeyboardShortcuts(): void
}

export interface MenuState {
  readonly recentProjects: readonly string[]
  /** macOS keeps Quit and About in the application menu. */
  readonly isMac: boolean
}

function recentItems(actions: MenuActions, recentProjects: readonly string[]): MenuItemConstructorOptions[] {
  if (recentProjects.length === 0) return [{ label: 'No recent projects', enabled: false }]
  return recentProjects.map((dir) => ({ label: dir, click: () => actions.openRecent(dir) }))
}

/**
 * The native menu. Undo/Redo and document navigation are sent to the renderer, which
 * owns the annotation history; in a text field the renderer applies them to the field.
 */
export function buildMenuTemplate(actions: MenuActions, state: MenuState): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => actions.sendToRenderer(command)
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Corpus Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openCorpusFolder() },
      { label: 'Open JSONL…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openCorpusJsonl() },
      { label: 'Open Project…', click: () => actions.openProject() },
      { label: 'Open Recent', submenu: recentItems(actions, state.recentProjects) },
      { type: 'separator' },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
      ...(state.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const])
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('redo') },
      { type: 'separator' },
      // Text fields (the annotator name, filters) need these to work with the keyboard on macOS.
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Next Document', accelerator: 'CmdOrCtrl+PageDown', click: send('next-document') },
      { label: 'Previous Document', accelerator: 'CmdOrCtrl+PageUp', click: send('previous-document') },
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => actions.showKeyboardShortcuts() },
      ...(state.isMac ? [] : [{ label: 'About Goldspan', click: () => actions.showAbout() }])
    ]
  }
  const appMenu: MenuItemConstructorOptions = {
    label: 'Goldspan',
    submenu: [{ label: 'About Goldspan', click: () => actions.showAbout() }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }]
  }
  return state.isMac ? [appMenu, file, edit, view, help] : [file, edit, view, help]
}
