import { CHANNEL_NAMES } from '../../core/api/channelNames'
import type { Channel, ChannelPayload, ChannelResults, Envelope, GoldspanApi } from '../../core/api/contract'
import { afterNextPaint } from '../state/afterNextPaint'

/** An error answered by the server, with its code (e.g. `invalid-payload`, `ENOENT`). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

/**
 * The GoldspanApi over HTTP for the web mode: `POST /api/<channel>` with the payload as JSON
 * and the token in `x-goldspan-token`; the answer is an envelope, unwrapped here so callers
 * see the same API as in the desktop app.
 */
export function createFetchApi(token: string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): GoldspanApi {
  async function call<C extends Channel>(channel: C, payload: ChannelPayload<C>): Promise<ChannelResults[C]> {
    // A save serialises the whole document (1.5 MB for 10k spans): the edit that triggered it is shown first.
    if (channel === 'document:save') await afterNextPaint()
    let response: Response
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-goldspan-token': token ?? '' },
        body: JSON.stringify(payload)
      })
    } catch (error) {
      throw new ApiError('network', `cannot reach the Goldspan server (${error instanceof Error ? error.message : String(error)})`)
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (!isEnvelope(body)) {
      throw new ApiError(`http-${response.status}`, `${channel}: the server answered HTTP ${response.status} without a Goldspan envelope`)
    }
    if (!body.ok) {
      if (response.status === 401 || response.status === 403) {
        throw new ApiError(body.error.code, `${body.error.message} — open the URL printed by "goldspan web" again`)
      }
      throw new ApiError(body.error.code, body.error.message)
    }
    return body.value as ChannelResults[C]
  }
  const api: Partial<Record<Channel, unknown>> = {}
  for (const channel of CHANNEL_NAMES) api[channel] = (payload: ChannelPayload<typeof channel>) => call(channel, payload)
  return api as GoldspanApi
}
