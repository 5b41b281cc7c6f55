import { formatZodIssues } from '../schema'
import { channelPayloads, type Channel, type ChannelResults, type Envelope, type GoldspanApi } from './contract'

/** Envelope error codes produced here; thrown errors keep their own code or name. */
export const REQUEST_ERROR_CODES = {
  unknownChannel: 'unknown-channel',
  invalidPayload: 'invalid-payload'
} as const

function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.hasOwn(channelPayloads, channel)
}

/** An error's `code` when it is a string (Node's `ENOENT`, our own codes), else its class name. */
function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return typeof code === 'string' && code !== '' ? code : error.name
  }
  return 'Error'
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function failure(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } }
}

/**
 * Serves one request from an untrusted sender (the renderer over IPC, or a browser over
 * HTTP): checks the channel name, validates the payload with the contract and calls the
 * API. Never throws: every failure becomes an error envelope, because Electron keeps
 * only the message of a thrown error and HTTP needs a body either way.
 */
export async function handleRequest(
  api: GoldspanApi,
  channel: unknown,
  payload: unknown
): Promise<Envelope<ChannelResults[Channel]>> {
  if (!isChannel(channel)) {
    return failure(REQUEST_ERROR_CODES.unknownChannel, `unknown channel ${JSON.stringify(channel) ?? String(channel)}`)
  }
  const parsed = channelPayloads[channel].safeParse(payload)
  if (!parsed.success) {
    return failure(REQUEST_ERROR_CODES.invalidPayload, `${channel}: invalid payload: ${formatZodIssues(parsed.error.issues)}`)
  }
  try {
    // The payload was just validated by this channel's own schema.
    const call = api[channel] as (payload: unknown) => Promise<ChannelResults[Channel]>
    return { ok: true, value: await call(parsed.data) }
  } catch (error) {
    return failure(errorCode(error), errorMessage(error))
  }
}
