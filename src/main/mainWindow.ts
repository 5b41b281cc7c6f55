import { BrowserWindow, screen } from 'electron'
import type { SettingsStore } from '../core/node'
import { createWindowOptions, fitBoundsToDisplays, toWindowBounds } from './windowOptions'

/**
 * Opens the one window where it was last time, and remembers its size and place when it
 * closes (the close waits for the settings write, so quitting cannot cut it short).
 */
export function createMainWindow(settings: SettingsStore, preloadPath: string, url: string): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const window = new BrowserWindow(createWindowOptions(fitBoundsToDisplays(settings.current.windowBounds, workAreas), preloadPath))
  window.once('ready-to-show', () => window.show())
  let boundsSaved = false
  window.on('close', (event) => {
    if (boundsSaved) return
    event.preventDefault()
    const windowBounds = toWindowBounds(window.getNormalBounds())
    settings
      .update((previous) => ({ ...previous, windowBounds }))
      .catch((error: unknown) => console.error('Goldspan: window size not remembered:', error))
      .finally(() => {
        boundsSaved = true
        window.close()
      })
  })
  void window.loadURL(url)
  return window
}
