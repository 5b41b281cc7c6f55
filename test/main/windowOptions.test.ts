import { describe, expect, it } from 'vitest'
import { createWindowOptions, fitBoundsToDisplays, toWindowBounds } from '../../src/main/windowOptions'

describe('window options', () => {
  it('isolate and sandbox the renderer, with no Node and the preload bundle only', () => {
    const options = createWindowOptions({ width: 1000, height: 700 }, '/app/out/preload/index.cjs')
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(options.width).toBe(1000)
    expect(options.height).toBe(700)
  })

  it('turn on nothing that widens the page: no Blink or experimental features, no drag-and-drop navigation', () => {
    const preferences = createWindowOptions({ width: 1000, height: 700 }, '/p.cjs').webPreferences ?? {}
    expect(preferences).toMatchObject({ experimentalFeatures: false, navigateOnDragDrop: false, safeDialogs: true })
    expect(preferences.enableBlinkFeatures).toBeUndefined()
    expect(preferences.additionalArguments).toBeUndefined()
    // The window must use the default session, the one hardenSession hardens.
    expect(preferences.partition).toBeUndefined()
  })

  it('restore the remembered place only when it overlaps a display', () => {
    const display = { x: 0, y: 0, width: 1920, height: 1080 }
    expect(fitBoundsToDisplays({ x: 100, y: 50, width: 900, height: 600 }, [display])).toEqual({ x: 100, y: 50, width: 900, height: 600 })
    // The second monitor it was on is gone: keep the size, let the OS place it.
    expect(fitBoundsToDisplays({ x: 2500, y: 50, width: 900, height: 600 }, [display])).toEqual({ width: 900, height: 600 })
    expect(fitBoundsToDisplays(undefined, [display])).toEqual({ width: 1280, height: 820 })
  })

  it('remember bounds as integers within what settings.json accepts', () => {
    expect(toWindowBounds({ x: 10.4, y: -5.6, width: 150, height: 30_000 })).toEqual({ x: 10, y: -6, width: 200, height: 20_000 })
  })
})
