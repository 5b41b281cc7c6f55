import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, type GoldspanApi } from '../../src/core/api'
import { registerIpcHandlers } from '../../src/main/ipc'
import { isTrustedSender } from '../../src/main/security'

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>

const mainFrame = { processId: 3, routingId: 1, url: 'goldspan://app/index.html' }
const webContents = { mainFrame }
const window = { isDestroyed: () => false, webContents } as unknown as BrowserWindow
const ourEvent = { sender: webContents, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent
const foreignEvent = { sender: webContents, senderFrame: { ...mainFrame, url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent

function setUp() {
  const handlers = new Map<string, Handler>()
  const api = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, vi.fn(async () => ({ answered: channel }))])) as unknown as GoldspanApi
  registerIpcHandlers({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, api, (event) =>
    isTrustedSender(event, window)
  )
  return { handlers, api }
}

describe('IPC handlers', () => {
  it('register exactly one handler per channel of the contract', () => {
    expect([...setUp().handlers.keys()]).toEqual([...CHANNEL_NAMES])
  })

  it('answer our window with the workspace result in an envelope', async () => {
    const { handlers, api } = setUp()
    const envelope = await handlers.get('document:open')!(ourEvent, { documentId: 'a' })
    expect(envelope).toEqual({ ok: true, value: { answered: 'document:open' } })
    expect(api['document:open']).toHaveBeenCalledWith({ documentId: 'a' })
  })

  it('reject malformed payloads before the workspace sees them', async () => {
    const { handlers, api } = setUp()
    const malformed: [string, unknown][] = [
      ['document:open', { documentId: '' }],
      ['document:open', { documentId: 'a', extra: 1 }],
      ['project:openCorpus', { path: 42 }],
      ['session:setAnnotator', { name: 'gold' }],
      ['document:save', { annotations: { version: 2 } }],
      ['project:export', { format: 'xml', offsetUnit: 'codepoint', layer: { gold: true } }],
      ['session:get', 'not an object']
    ]
    for (const [channel, payload] of malformed) {
      const envelope = (await handlers.get(channel)!(ourEvent, payload)) as { ok: boolean; error: { code: string } }
      expect(envelope.ok, channel).toBe(false)
      expect(envelope.error.code, channel).toBe('invalid-payload')
    }
    for (const channel of CHANNEL_NAMES) expect(api[channel]).not.toHaveBeenCalled()
  })

  it('refuse a foreign sender even with a valid payload', async () => {
    const { handlers, api } = setUp()
    const envelope = (await handlers.get('session:get')!(foreignEvent, {})) as { ok: boolean; error: { code: string } }
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(api['session:get']).not.toHaveBeenCalled()
  })
})
