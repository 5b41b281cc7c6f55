import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, MENU_CHANNEL } from '../../src/core/api'

// What the real preload entry hands to the page, with Electron replaced by recorders: one
// `window.goldspan` object whose members are the channel functions and onMenuCommand, and
// no Electron object (ipcRenderer, its send/sendSync/on) reachable from it.

const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as [string, unknown][],
  listened: [] as string[]
}))

vi.mock('electron', () => {
  const ipcRenderer = {
    invoke: async (channel: string, payload: unknown) => {
      electron.invoked.push([channel, payload])
      return { ok: true, value: null }
    },
    on: (channel: string) => electron.listened.push(channel),
    removeListener: () => undefined,
    send: () => undefined,
    sendSync: () => undefined
  }
  return { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) }, ipcRenderer }
})

await import('../../src/preload/index')

describe('preload entry', () => {
  it('exposes exactly one object, as window.goldspan', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['goldspan'])
  })

  it('whose members are the channel functions and onMenuCommand, all plain functions', () => {
    const api = electron.exposed[0]![1] as Record<string, unknown>
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype)
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand'].sort())
    for (const [name, member] of Object.entries(api)) expect(typeof member, name).toBe('function')
  })

  it('reaches only the contract’s channels and the menu channel', async () => {
    const api = electron.exposed[0]![1] as Record<string, (payload?: unknown) => unknown>
    for (const channel of CHANNEL_NAMES) await api[channel]!({})
    ;(api.onMenuCommand as (callback: () => void) => () => void)(() => undefined)
    expect(electron.invoked.map(([channel]) => channel)).toEqual([...CHANNEL_NAMES])
    expect(electron.listened).toEqual([MENU_CHANNEL])
  })
})
