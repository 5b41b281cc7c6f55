import { realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * The Content-Security-Policy of the renderer, in the desktop app and in web mode: scripts
 * only from the app itself (no inline script, no eval), styles may be inline (React style
 * attributes), nothing may be framed, posted or loaded from elsewhere.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

export interface RendererFile {
  readonly file: string
  readonly contentType: string
}

function isInside(root: string, file: string): boolean {
  const path = relative(root, file)
  return path !== '' && !path.startsWith('..') && !isAbsolute(path)
}

/**
 * Maps the path of a request URL (`/`, `/assets/index-x.js`) to a file of the built
 * renderer in `rootDir`, or null when there is none. Refuses, rather than normalises,
 * anything that could leave the folder: `..` or `.` segments (raw or percent-encoded),
 * backslashes, NUL bytes, and symbolic links that resolve outside it. Only known file
 * types are served, so nothing is guessed by the browser.
 */
export async function resolveRendererFile(rootDir: string, urlPathname: string): Promise<RendererFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPathname)
  } catch {
    return null
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').slice(1)
  if (segments.some((segment) => segment === '..' || segment === '.')) return null
  const relativePath = decoded === '/' ? 'index.html' : segments.join(sep)
  const contentType = CONTENT_TYPES[extname(relativePath).toLowerCase()]
  if (!contentType) return null
  try {
    const root = await realpath(rootDir)
    const file = await realpath(resolve(root, relativePath))
    if (!isInside(root, file) || !(await stat(file)).isFile()) return null
    return { file, contentType }
  } catch {
    return null
  }
}
