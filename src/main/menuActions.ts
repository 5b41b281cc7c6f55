import type { GoldspanApi, MenuCommand } from '../core/api'
import type { Dialogs } from './dialogs'
import { formatKeyboardShortcuts } from './keyboardShortcuts'
import type { MenuActions } from './menu'

export interface MenuActionDeps {
  readonly api: GoldspanApi
  readonly dialogs: Dialogs
  /** Delivers a command to the renderer (no-op when there is no window). */
  readonly sendToRenderer: (command: MenuCommand) => void
  readonly appVersion: string
}

/**
 * The menu's behaviour: OS dialog → workspace → tell the renderer the project changed.
 * A failure is shown in an error box; a cancelled dialog does nothing.
 */
export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const { api, dialogs, sendToRenderer } = deps
  const openWith = async (choose: () => Promise<string | null>, open: (path: string) => Promise<unknown>): Promise<void> => {
    const path = await choose()
    if (path === null) return
    try {
      await open(path)
      sendToRenderer('project-changed')
    } catch (error) {
      dialogs.showError('Could not open', error instanceof Error ? error.message : String(error))
    }
  }
  /** Opens a corpus as a job, so the window shows its progress and Cancel; a cancel opens nothing and says nothing. */
  const openCorpus = async (path: string): Promise<void> => {
    if (typeof api['job:start'] !== 'function') return void (await api['project:openCorpus']({ path }))
    let status = await api['job:start']({ kind: 'openCorpus', path })
    sendToRenderer('job-started')
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100))
      status = await api['job:status']({ jobId: status.id })
    }
    if (status.state === 'failed') throw new Error(status.error?.message ?? 'the corpus could not be opened')
  }
  return {
    openCorpusFolder: () => void openWith(dialogs.chooseCorpusFolder, openCorpus),
    openCorpusJsonl: () => void openWith(dialogs.chooseCorpusJsonl, openCorpus),
    openProject: () => void openWith(dialogs.chooseProjectFolder, (dir) => api['project:open']({ dir })),
    openRecent: (dir) => void openWith(async () => dir, (path) => api['project:open']({ dir: path })),
    sendToRenderer,
    showAbout: () =>
      dialogs.showMessage('About Goldspan', `Goldspan ${deps.appVersion}`, 'Offline annotation of gold entity and event datasets.'),
    showKeyboardShortcuts: () => dialogs.showMessage('Keyboard Shortcuts', 'Keyboard shortcuts', formatKeyboardShortcuts())
  }
}
