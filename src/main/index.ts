import { app, BrowserWindow, protocol } from 'electron'
import { registerAppScheme } from './appProtocol'
import { startDesktopApp } from './desktopApp'
import { hardenWebContents } from './security'

// Before `ready`: the app scheme must be privileged before any page loads.
registerAppScheme(protocol)

// One instance per machine: a second launch focuses the first instead of opening the
// same settings and projects twice.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(startDesktopApp)
    .catch((error: unknown) => {
      console.error('Goldspan failed to start:', error)
      app.exit(1)
    })
}
