import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron'

/** The OS dialogs the desktop app uses, attached to the window when there is one. */
export interface Dialogs {
  chooseCorpusFolder(): Promise<string | null>
  chooseCorpusJsonl(): Promise<string | null>
  chooseProjectFolder(): Promise<string | null>
  /** A file to save an export to, or for `folder` (brat) a folder, new or empty. */
  chooseExportPath(suggestedFileName: string, kind?: 'file' | 'folder'): Promise<string | null>
  showError(title: string, message: string): void
  showMessage(title: string, message: string, detail: string): void
}

export function createDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = getWindow()
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  return {
    chooseCorpusFolder: () => open({ title: 'Open a folder of .txt files', properties: ['openDirectory'] }),
    chooseCorpusJsonl: () =>
      open({ title: 'Open a JSONL corpus', properties: ['openFile'], filters: [{ name: 'JSON Lines', extensions: ['jsonl'] }] }),
    chooseProjectFolder: () => open({ title: 'Open a Goldspan project folder', properties: ['openDirectory'] }),
    async chooseExportPath(suggestedFileName, kind = 'file') {
      if (kind === 'folder') return open({ title: 'Export brat: choose a new or empty folder', properties: ['openDirectory', 'createDirectory'] })
      const extension = suggestedFileName.slice(suggestedFileName.lastIndexOf('.') + 1)
      const options = { title: 'Export annotations', defaultPath: suggestedFileName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
      const window = getWindow()
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    showError: (title, message) => dialog.showErrorBox(title, message),
    showMessage(title, message, detail) {
      const window = getWindow()
      const options = { type: 'info' as const, title, message, detail, buttons: ['OK'] }
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
    }
  }
}
