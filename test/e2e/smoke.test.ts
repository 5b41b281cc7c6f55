import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { callApi, launchChromium, openApp, saveScreenshot, startGoldspanWeb, type WebModeProcess } from './harness'

let web: WebModeProcess
let browser: Browser

beforeAll(async () => {
  web = await startGoldspanWeb()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
})

describe('web mode in Chromium', () => {
  it('loads the app with no console errors, no foreign requests and no dialogs', async () => {
    const app = await openApp(browser, web)
    await app.page.waitForLoadState('networkidle')
    // The React root has rendered something.
    await app.page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, { timeout: 15_000 })
    const screenshot = await saveScreenshot(app.page, 'smoke-first-run')
    expect(existsSync(screenshot)).toBe(true)
    expect(app.errors).toEqual([])
    expect(app.foreignRequests).toEqual([])
    expect(app.dialogs).toEqual([])
  })

  it('reaches the same workspace through the API helper, seeds/ as the default corpus', async () => {
    const session = await callApi(web, 'session:get', {})
    expect(session.mode).toBe('web')
    expect(basename(session.defaultCorpus)).toBe('seeds')
  })
})
