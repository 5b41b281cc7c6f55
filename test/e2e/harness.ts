import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Channel, ChannelPayload, ChannelResults, Envelope } from '../../src/core/api'

// End-to-end harness: the real `goldspan web` in a child process on a temp home, and
// Debian's Chromium driven by playwright-core. It builds nothing: globalSetup.ts does.

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const CHROMIUM_PATH = '/usr/bin/chromium'
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results')

const URL_LINE = /Goldspan web mode: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+))/

export interface WebModeProcess {
  readonly url: string
  readonly origin: string
  readonly port: number
  readonly token: string
  readonly homeDir: string
  /** Everything the process printed so far, for failure messages. */
  output(): string
  /** Stops the server and removes the temp home (unless one was given). */
  stop(): Promise<void>
}

export interface WebModeOptions {
  /** Reuse a home (e.g. to restart and find everything as it was); a temp one by default. */
  readonly homeDir?: string
  readonly corpus?: string
  readonly timeoutMs?: number
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/** Starts `goldspan web --port 0` (the OS picks a free port) and waits for the URL it prints. */
export async function startGoldspanWeb(options: WebModeOptions = {}): Promise<WebModeProcess> {
  const ownsHome = options.homeDir === undefined
  const homeDir = options.homeDir ?? (await mkdtemp(join(tmpdir(), 'goldspan-e2e-')))
  const args = [join(REPO_ROOT, 'bin', 'goldspan.mjs'), 'web', '--port', '0', '--home', homeDir]
  if (options.corpus !== undefined) args.push('--corpus', options.corpus)
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, GOLDSPAN_HOME: homeDir }, stdio: ['ignore', 'pipe', 'pipe'] })
  let printed = ''
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM')
    await waitForExit(child)
    if (ownsHome) await rm(homeDir, { recursive: true, force: true })
  }

  const match = await new Promise<RegExpExecArray>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`goldspan web printed no URL within ${options.timeoutMs ?? 60_000} ms:\n${printed}`)), options.timeoutMs ?? 60_000)
    const check = (): void => {
      const found = URL_LINE.exec(printed)
      if (found) {
        clearTimeout(timer)
        resolvePromise(found)
      }
    }
    child.stdout?.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`goldspan web exited (code ${code}) before printing its URL:\n${printed}`))
    })
  }).catch(async (error: unknown) => {
    await stop()
    throw error
  })

  const [, url, port, token] = match
  return { url: url!, origin: new URL(url!).origin, port: Number(port), token: token!, homeDir, output: () => printed, stop }
}

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
}

export interface AppPage {
  readonly page: Page
  /** console.error messages and uncaught exceptions of the page. */
  readonly errors: string[]
  /** Requests to anything but the web mode's own origin (there should be none). */
  readonly foreignRequests: string[]
  /** Messages of alert/confirm/prompt dialogs, which are dismissed (hostile text must open none). */
  readonly dialogs: string[]
}

/** Opens the app in a fresh browser context and records errors, foreign requests and dialogs. */
export async function openApp(browser: Browser, web: WebModeProcess): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' })
  const page = await context.newPage()
  const errors: string[] = []
  const foreignRequests: string[] = []
  const dialogs: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${web.origin}/`) && !url.startsWith('data:')) foreignRequests.push(url)
  })
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(web.url)
  return { page, errors, foreignRequests, dialogs }
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/**
 * Calls the web mode's API directly (as the renderer does), e.g. to set up a session or
 * to check what the server holds after a UI action. Throws the error envelope's message.
 */
export async function callApi<C extends Channel>(web: WebModeProcess, channel: C, payload: ChannelPayload<C>): Promise<ChannelResults[C]> {
  const response = await fetch(`${web.origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goldspan-token': web.token },
    body: JSON.stringify(payload)
  })
  const envelope = (await response.json()) as Envelope<ChannelResults[C]>
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`)
  return envelope.value
}
