import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import type { BenchDocument } from './corpus'
import { KEEP_NAMES_SHIM } from './renderer'

/** Bundles the naive editor page into `dir` (esbuild, one IIFE) and returns its file URL. */
export async function buildNaivePage(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  await build({
    entryPoints: [join(import.meta.dirname, 'naive', 'naiveEditor.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: join(dir, 'naive.js'),
    logLevel: 'error'
  })
  await writeFile(join(dir, 'naive.html'), '<!doctype html><meta charset="utf-8"><div id="editor" style="max-width:46em;font:17px/2.3 serif"></div><script src="naive.js"></script>\n')
  return pathToFileURL(join(dir, 'naive.html')).href
}

/** Time for the naive page to show `document` with every span painted (data already in the page). */
export async function measureNaive(browser: Browser, url: string, document: BenchDocument): Promise<{ ms: number; spans: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript({ content: KEEP_NAMES_SHIM })
  const page = await context.newPage()
  try {
    await page.goto(url)
    await page.evaluate(({ text, spans }) => {
      ;(window as unknown as { benchData: unknown }).benchData = { text, spans }
    }, { text: document.text, spans: [...document.spans] })
    return await page.evaluate(() => {
      const { text, spans } = (window as unknown as { benchData: { text: string; spans: [] } }).benchData
      return window.runNaive(text, spans)
    })
  } finally {
    await context.close()
  }
}
