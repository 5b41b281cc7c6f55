import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** Names under which the browser reaches the server; anything else in `Host` is a rebinding attempt. */
function localHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/**
 * DNS rebinding defence: a page on evil.example whose name was re-pointed at 127.0.0.1
 * sends `Host: evil.example`, and a cross-site request carries its own `Origin`. Both must
 * name this server. `Origin` may be absent (plain navigations, same-origin GETs).
 */
export function findForeignHeader(headers: IncomingHttpHeaders, port: number): string | null {
  const hosts = localHosts(port)
  if (!headers.host || !hosts.includes(headers.host.toLowerCase())) return `foreign Host header ${JSON.stringify(headers.host ?? '')}`
  const origin = headers.origin
  if (origin !== undefined && !hosts.map((host) => `http://${host}`).includes(origin.toLowerCase())) {
    return `foreign Origin header ${JSON.stringify(origin)}`
  }
  return null
}

/** Compares the request's token with the run's token in constant time. */
export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers['x-goldspan-token']
  if (typeof given !== 'string') return false
  const expected = Buffer.from(token, 'utf8')
  const actual = Buffer.from(given, 'utf8')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
