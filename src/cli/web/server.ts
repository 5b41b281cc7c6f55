import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Envelope, GoldspanApi } from '../../core/api'
import { handleRequest } from '../../core/api'
import { RENDERER_CSP, resolveRendererFile } from '../../core/node/rendererFiles'
import { findForeignHeader, hasToken } from './requestGuards'

/**
 * Largest API request body accepted, in bytes (413 above). A `document:save` of the
 * performance issue's 10k-span document is about 2 MB of JSON; 32 MiB leaves room while
 * keeping a runaway client from filling memory.
 */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024

/** Only this address is ever bound: the web mode is for the machine it runs on. */
export const WEB_HOST = '127.0.0.1'

export interface WebServerOptions {
  readonly api: GoldspanApi
  /** The built renderer (`out/renderer`). */
  readonly rendererDir: string
  /** Sent by the renderer in `x-goldspan-token`; see `createToken`. */
  readonly token: string
  /** 0 (the default) picks a free port. */
  readonly port?: number
}

export interface WebServer {
  readonly port: number
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=…`. */
  readonly url: string
  close(): Promise<void>
}

/** A fresh secret for one run of the server. */
export function createToken(): string {
  return randomBytes(32).toString('hex')
}

const SECURITY_HEADERS = {
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  // The token is in the page URL; no Referer may carry it anywhere.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store'
} as const

function sendJson(response: ServerResponse, status: number, body: Envelope<unknown>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { ok: false, error: { code, message } })
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > MAX_REQUEST_BYTES) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_REQUEST_BYTES) throw new BodyTooLargeError()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function serveApi(request: IncomingMessage, response: ServerResponse, channel: string, options: WebServerOptions): Promise<void> {
  if (request.method !== 'POST') return sendError(response, 405, 'method-not-allowed', 'the API accepts POST only')
  if (!hasToken(request.headers, options.token)) {
    return sendError(response, 401, 'unauthorized', 'missing or wrong x-goldspan-token header; open the URL printed by `goldspan web`')
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    return sendError(response, 415, 'unsupported-media-type', 'the API accepts application/json only')
  }
  let body: string
  try {
    body = await readBody(request)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      response.setHeader('connection', 'close')
      return sendError(response, 413, 'payload-too-large', `request body over ${MAX_REQUEST_BYTES} bytes`)
    }
    throw error
  }
  let payload: unknown
  try {
    payload = JSON.parse(body)
  } catch (error) {
    return sendError(response, 400, 'invalid-json', `request body is not JSON: ${(error as Error).message}`)
  }
  sendJson(response, 200, await handleRequest(options.api, channel, payload))
}

async function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' })
    return void response.end()
  }
  const found = await resolveRendererFile(rendererDir, pathname)
  if (!found && pathname === '/favicon.ico') {
    // Browsers ask for it unprompted; "no icon" is not an error worth a console line.
    response.writeHead(204, SECURITY_HEADERS)
    return void response.end()
  }
  if (!found) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
    return void response.end('not found')
  }
  response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': found.contentType })
  if (request.method === 'HEAD') return void response.end()
  createReadStream(found.file).on('error', () => response.destroy()).pipe(response)
}

/** A malformed escape just makes an unknown channel, which handleRequest reports. */
function decodeChannel(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

async function route(request: IncomingMessage, response: ServerResponse, port: number, options: WebServerOptions): Promise<void> {
  const foreign = findForeignHeader(request.headers, port)
  if (foreign) return sendError(response, 403, 'forbidden', foreign)
  const rawPath = (request.url ?? '/').split('?')[0] ?? '/'
  const api = /^\/api\/([^/]+)$/.exec(rawPath)
  if (api) return serveApi(request, response, decodeChannel(api[1] ?? ''), options)
  return serveStatic(request, response, rawPath, options.rendererDir)
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, WEB_HOST, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/**
 * Serves the built renderer and `POST /api/<channel>` (JSON body, `x-goldspan-token`
 * header, answered with a JSON envelope) on 127.0.0.1 only. Wrong or missing token → 401,
 * foreign Host or Origin → 403, body over MAX_REQUEST_BYTES → 413.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let port = 0
  const server = createServer((request, response) => {
    route(request, response, port, options).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy()
      sendError(response, 500, 'internal', error instanceof Error ? error.message : String(error))
    })
  })
  port = await listen(server, options.port ?? 0)
  return {
    port,
    url: `http://${WEB_HOST}:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}
