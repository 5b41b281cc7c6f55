import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, MENU_CHANNEL } from '../../src/core/api'
import { createBridge, type BridgeIpc } from '../../src/preload/createBridge'

function fakeIpc(answer: (channel: string, payload: unknown) => unknown) {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>()
  const ipc: BridgeIpc = {
    invoke: vi.fn(async (channel: string, payload: unknown) => answer(channel, payload)),
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener)
  }
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'secret' }, ...args))
  return { ipc, emit }
}

describe('preload bridge', () => {
  it('exposes one function per channel and onMenuCommand, nothing else', () => {
    const bridge = createBridge(fakeIpc(() => null).ipc)
    expect(Object.keys(bridge).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand'].sort())
  })

  it('invokes the channel and unwraps a successful envelope', async () => {
    const { ipc } = fakeIpc((channel) => ({ ok: true, value: `value of ${channel}` }))
    const bridge = createBridge(ipc)
    await expect(bridge['document:open']({ documentId: 'a' })).resolves.toBe('value of document:open')
    expect(ipc.invoke).toHaveBeenCalledWith('document:open', { documentId: 'a' })
  })

  it('throws Error(message) for an error envelope or a malformed answer', async () => {
    const failing = createBridge(fakeIpc(() => ({ ok: false, error: { code: 'unknown-document', message: 'no document "z"' } })).ipc)
    await expect(failing['document:open']({ documentId: 'z' })).rejects.toThrow(new Error('no document "z"'))
    const broken = createBridge(fakeIpc(() => undefined).ipc)
    await expect(broken['session:get']({})).rejects.toThrow('session:get: malformed answer from the main process')
  })

  it('passes menu commands without the IPC event, until unsubscribed', () => {
    const { ipc, emit } = fakeIpc(() => null)
    const bridge = createBridge(ipc)
    const received: unknown[][] = []
    const unsubscribe = bridge.onMenuCommand((...args) => received.push(args))
    emit(MENU_CHANNEL, 'undo')
    unsubscribe()
    emit(MENU_CHANNEL, 'redo')
    expect(received).toEqual([['undo']])
  })
})
