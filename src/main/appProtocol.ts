import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { RENDERER_CSP, resolveRendererFile } from '../core/node'

/**
 * The renderer is loaded from `goldspan://app/…` rather than file://: the handler serves
 * only files of the built renderer folder (nothing else on disk is reachable from the
 * page) and sets the CSP header on every response.
 */
export const APP_SCHEME = 'goldspan'
export const APP_HOST = 'app'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Must run before the app is ready. `standard` gives the scheme an origin, so 'self' in the CSP means it. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Answers one request of the app scheme from `rendererDir`; 404 for anything else. */
export async function serveAppRequest(url: string, rendererDir: string): Promise<Response> {
  const headers = { 'content-security-policy': RENDERER_CSP, 'x-content-type-options': 'nosniff' }
  const parsed = new URL(url)
  const found = parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST ? await resolveRendererFile(rendererDir, parsed.pathname) : null
  if (!found) return new Response('not found', { status: 404, headers })
  return new Response(await readFile(found.file), { status: 200, headers: { ...headers, 'content-type': found.contentType } })
}

export function handleAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir))
}
