import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import type { WindowBounds } from '../core/node'

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const

/** The preload bundle, relative to the built main bundle (`out/main` → `out/preload`). */
export const PRELOAD_RELATIVE_PATH = '../preload/index.cjs'

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Keeps the remembered size, and the position only if it still overlaps a display
 * (a monitor unplugged since the last run would otherwise leave the window off screen).
 */
export function fitBoundsToDisplays(bounds: WindowBounds | undefined, workAreas: readonly Rectangle[]): WindowBounds {
  if (!bounds) return { ...DEFAULT_WINDOW_SIZE }
  const { x, y, width, height } = bounds
  if (x === undefined || y === undefined) return { width, height }
  const visible = workAreas.some((area) => intersects({ x, y, width, height }, area))
  return visible ? { x, y, width, height } : { width, height }
}

/**
 * The one window's options. The renderer is treated as untrusted (it shows corpus text):
 * no Node, isolated and sandboxed, with only the preload's narrow `window.goldspan`.
 */
export function createWindowOptions(bounds: WindowBounds, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Goldspan',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false
    }
  }
}

/** What is remembered of a window's rectangle, kept within the range settings.json accepts. */
export function toWindowBounds(rectangle: Rectangle): WindowBounds {
  const size = (value: number) => Math.min(20_000, Math.max(200, Math.round(value)))
  return { x: Math.round(rectangle.x), y: Math.round(rectangle.y), width: size(rectangle.width), height: size(rectangle.height) }
}
