import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES, type Channel, type GoldspanApi } from '../../src/core/api'
import { FORBIDDEN_SENDER, registerIpcHandlers } from '../../src/main/ipc'
import { isTrustedSender } from '../../src/main/security'

// The checklist's "every payload validated": every channel, not a sample, is shown to
// accept a well-formed payload and to refuse malformed ones before the workspace runs.

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>
type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }

const mainFrame = { processId: 3, routingId: 1, url: 'goldspan://app/index.html' }
const webContents = { mainFrame }
const window = { isDestroyed: () => false, webContents } as unknown as BrowserWindow
const ourEvent = { sender: webContents, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent

/** One payload per channel that the contract accepts; typed by channel so a new channel must be added here. */
const WELL_FORMED: Record<Channel, Record<string, unknown>> = {
  'session:get': {},
  'session:setAnnotator': { name: 'ana' },
  'project:openCorpus': { path: '/corpus' },
  'project:open': { dir: '/project' },
  'document:open': { documentId: 'a' },
  // Version 1 (spans only) is read by every version of the contract and migrated in memory.
  'document:save': {
    annotations: { version: 1, documentId: 'a', sha256: '0'.repeat(64), annotator: 'ana', status: 'todo', offsetUnit: 'utf16', spans: [] }
  },
  'document:saveChanges': {
    base: '1:2:3',
    annotations: { version: 2, documentId: 'a', sha256: '0'.repeat(64), annotator: 'ana', status: 'todo', offsetUnit: 'utf16', spans: [], relations: [] },
    removedSpanIds: ['T1']
  },
  'project:export': { format: 'goldspan', offsetUnit: 'codepoint', layer: { annotator: 'ana' } },
  'project:import': { path: '/predictions.jsonl', format: 'auto', target: { model: 'ner-v1' } },
  'suggestions:get': { documentId: 'a' },
  'job:start': { kind: 'openCorpus', path: '/corpus' },
  'job:status': { jobId: 'job-1' },
  'job:cancel': { jobId: 'job-1' },
  'project:labelCounts': {},
  'corpus:search': { query: 'armée', options: { caseSensitive: false, accentSensitive: false, wholeWord: true, regex: false } },
  'corpus:annotateAll': { label: 'ORG', documents: [{ documentId: 'a', ranges: [{ start: 0, end: 5 }] }] },
  'review:summary': { annotators: ['ana', 'bo'] },
  'review:document': { documentId: 'a', annotators: ['ana', 'bo'] },
  'agreement:report': { annotators: ['ana', 'bo'] },
  'review:save': {
    gold: { version: 2, documentId: 'a', sha256: '0'.repeat(64), annotator: 'gold', status: 'done', offsetUnit: 'utf16', spans: [], relations: [] },
    decisions: [{ unitKey: 'ana=-;bo=0-1:PER', outcome: 'none', annotators: [], adjudicator: 'ana', decidedAt: '2026-11-25T19:00:00.000Z', goldSpanIds: [] }]
  }
}

/** Shapes that are wrong for every channel: every payload is a strict object. */
const NOT_AN_OBJECT: readonly unknown[] = [undefined, null, 0, 'payload', true, [], [{}]]

function setUp() {
  const handlers = new Map<string, Handler>()
  const api = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, vi.fn(async () => `${channel} answered`)])) as unknown as GoldspanApi
  registerIpcHandlers({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, api, (event) =>
    isTrustedSender(event, window)
  )
  const call = (channel: string, payload: unknown, event: IpcMainInvokeEvent = ourEvent) => handlers.get(channel)!(event, payload) as Promise<Answer>
  return { api, call }
}

describe('IPC payload validation, channel by channel', () => {
  it('covers every channel of the contract', () => {
    expect(Object.keys(WELL_FORMED).sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it.each(CHANNEL_NAMES)('%s: accepts its well-formed payload', async (channel) => {
    const { api, call } = setUp()
    expect(await call(channel, WELL_FORMED[channel])).toEqual({ ok: true, value: `${channel} answered` })
    expect(api[channel]).toHaveBeenCalledOnce()
  })

  it.each(CHANNEL_NAMES)('%s: refuses non-objects, unknown keys and prototype keys before the workspace runs', async (channel) => {
    const { api, call } = setUp()
    const valid = WELL_FORMED[channel]
    const malformed: unknown[] = [
      ...NOT_AN_OBJECT,
      { ...valid, extra: 1 },
      // JSON.parse makes "__proto__" an own key, as a web-mode body or a crafted IPC message would.
      JSON.parse(`{"__proto__":{"polluted":true}${Object.keys(valid).length > 0 ? ',' : ''}${JSON.stringify(valid).slice(1)}`)
    ]
    for (const key of Object.keys(valid)) {
      malformed.push({ ...valid, [key]: undefined }, { ...valid, [key]: 12 }, { ...valid, [key]: 'x'.repeat(5000) })
    }
    for (const payload of malformed) {
      const answer = await call(channel, payload)
      expect(answer.ok, `${channel} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false)
      if (!answer.ok) expect(answer.error.code).toBe('invalid-payload')
    }
    expect(api[channel]).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each(CHANNEL_NAMES)('%s: refuses a foreign sender before looking at the payload', async (channel) => {
    const { api, call } = setUp()
    const subframe = { sender: webContents, senderFrame: { ...mainFrame, routingId: 9 } } as unknown as IpcMainInvokeEvent
    const answer = await call(channel, WELL_FORMED[channel], subframe)
    expect(answer).toMatchObject({ ok: false, error: { code: FORBIDDEN_SENDER } })
    expect(api[channel]).not.toHaveBeenCalled()
  })
})
