import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SaveResult } from '../src/core/api'
import type { Span } from '../src/core/model'
import { callApi, type WebModeProcess } from '../test/e2e/harness'
import type { BenchDocument } from './corpus'
import { inspectDrawnText, labelWords, openAndWaitForSpans, recordLongTasks, scrollThrough, storeExpected, type DrawnFigures, type SpanLines } from './pageProbes'
import { START_DOCUMENT_ID } from './projects'
import { percentile } from './stats'

const VIEWPORT = { width: 1280, height: 800 }

/**
 * tsx compiles the probes with esbuild's keepNames, which wraps functions in `__name(...)`;
 * the page has no such helper, so give it one that does nothing.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target'

export interface PageMetrics {
  readonly jsHeapMb: number
  readonly domElements: number
}

export interface OpenMeasure extends PageMetrics {
  readonly openMs: number
  readonly longestTaskMs: number
  /** What was drawn when the open was timed, and after scrolling to the middle. */
  readonly atOpen: DrawnFigures
  readonly inMiddle: DrawnFigures
  readonly visibleSpans: number
  readonly visibleUnpainted: number
  /** Distinct span ids with an element in the editor, in the middle. */
  readonly distinctSpanIds: number
}

/** The document's lines, and each span with the lines it starts and ends on (computed here, not by the app). */
export function linesOf(document: BenchDocument): { lines: string[]; spans: SpanLines[] } {
  const lines = document.text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  const lineOf = (position: number): number => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((starts[middle] as number) <= position) low = middle
      else high = middle - 1
    }
    return low
  }
  return { lines, spans: document.spans.map((span) => [span.id, lineOf(span.start), lineOf(span.end - 1)] as const) }
}

async function newPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript({ content: KEEP_NAMES_SHIM })
  await context.addInitScript(recordLongTasks)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(url)
  return { context, page }
}

/** JS heap after a garbage collection (CDP), and the number of elements in the page. */
export async function pageMetrics(page: Page): Promise<PageMetrics> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  const domElements = await page.evaluate(() => document.getElementsByTagName('*').length)
  await cdp.detach()
  return { jsHeapMb: heap / 1024 / 1024, domElements }
}

async function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([start, end]) => Math.max(0, ...(window.__benchLongTasks ?? []).filter((task) => task.start + task.duration >= start && task.start <= end).map((task) => task.duration)),
    [from, to] as const
  )
}

/** Opens the app, waits for the document list, opens `document` and measures until the text in view is drawn with every span. */
export async function openDocument(
  browser: Browser,
  web: WebModeProcess,
  benchDocument: BenchDocument,
  /** Called just before the click (e.g. to start a profiler); what it returns is called after the paint. */
  around?: (page: Page) => Promise<() => Promise<unknown>>
): Promise<{ page: Page; context: BrowserContext; open: OpenMeasure }> {
  const documentId = benchDocument.id
  const { lines, spans } = linesOf(benchDocument)
  const { context, page } = await newPage(browser, web.url)
  await page.waitForSelector(`[data-testid="document-item"][data-document-id="${documentId}"]`, { timeout: 60_000 })
  // The app opens the project's first document (the small start document) by itself; start from a quiet page.
  await page.waitForSelector(`[data-testid="editor"][data-document-id="${START_DOCUMENT_ID}"]`, { timeout: 60_000 })
  await page.waitForTimeout(500)
  const after = await around?.(page)
  await page.evaluate(storeExpected, [lines, spans] as [string[], SpanLines[]])
  await page.waitForTimeout(200)
  const figures = await page.evaluate(openAndWaitForSpans, [documentId, 120_000, inspectDrawnText.toString()] as [string, number, string])
  await after?.()
  // Long tasks are reported after they end; give the observer a moment.
  await page.waitForTimeout(300)
  const longestTaskMs = await longestTaskBetween(page, figures.startedAt, figures.paintedAt)
  const metrics = await pageMetrics(page)
  return {
    page,
    context,
    open: {
      openMs: figures.paintedAt - figures.startedAt,
      longestTaskMs,
      atOpen: figures.atOpen,
      inMiddle: figures.inMiddle,
      visibleSpans: figures.inMiddle.visibleSpans,
      visibleUnpainted: figures.inMiddle.visibleUnpainted,
      distinctSpanIds: figures.distinctSpanIds,
      ...metrics
    }
  }
}

export interface LabelMeasure {
  readonly count: number
  readonly jsP50: number
  readonly jsP95: number
  /** To the next task, with any frame rendered before it. */
  readonly mainThreadP95: number
  readonly paintP50: number
  readonly paintP95: number
  /** Span ids drawn in the editor that the generated document does not have: the new labels. */
  readonly newSpansDrawn: number
}

export async function measureLabels(page: Page, count: number, hotkeys: readonly string[], benchDocument: BenchDocument): Promise<LabelMeasure> {
  const { jsMs, mainThreadMs, paintMs } = await page.evaluate(labelWords, [count, [...hotkeys]] as [number, string[]])
  const drawnIds = await page.evaluate((id) => {
    const ids = new Set<string>()
    for (const element of document.querySelectorAll<HTMLElement>(`[data-testid="editor"][data-document-id="${id}"] [data-span-id]`)) ids.add(element.dataset.spanId as string)
    return [...ids]
  }, benchDocument.id)
  const generated = new Set(benchDocument.spans.map((span) => span.id))
  const newSpansDrawn = drawnIds.filter((id) => !generated.has(id)).length
  return { count, jsP50: percentile(jsMs, 50), jsP95: percentile(jsMs, 95), mainThreadP95: percentile(mainThreadMs, 95), paintP50: percentile(paintMs, 50), paintP95: percentile(paintMs, 95), newSpansDrawn }
}

export interface ScrollMeasure {
  readonly frames: number
  readonly framesOver50: number
  readonly worstFrameMs: number
  readonly undrawnFrames: number
  readonly spanIdsSeen: number
}

export async function measureScroll(page: Page): Promise<ScrollMeasure> {
  const { frames, undrawnFrames, spanIdsSeen } = await page.evaluate(scrollThrough)
  return { frames: frames.length, framesOver50: frames.filter((ms) => ms > 50).length, worstFrameMs: Math.max(...frames), undrawnFrames, spanIdsSeen }
}

export interface SaveMeasure {
  readonly spans: number
  /** Saving one change as the app does after its first save: the changed span only, against the last revision. */
  readonly changesP50: number
  readonly changesP95: number
  /** Saving the whole document for one change, as the app's first save (and every save before delta saves). */
  readonly wholeP95: number
}

/** Times `saves` relabels of a large document through the API, sent whole and then as changes. */
export async function measureSaves(web: WebModeProcess, documentId: string, saves: number): Promise<SaveMeasure> {
  const opened = await callApi(web, 'document:open', { documentId })
  let annotations = opened.annotations
  const relabel = (index: number): Span[] => {
    const spans = [...annotations.spans]
    const span = spans[index] as Span
    spans[index] = { ...span, label: span.label === 'PER' ? 'ORG' : 'PER', updated: new Date().toISOString() }
    return spans
  }
  const timed = async (save: () => Promise<SaveResult>): Promise<{ ms: number; result: SaveResult }> => {
    const started = performance.now()
    const result = await save()
    return { ms: performance.now() - started, result }
  }
  const whole: number[] = []
  let revision: string | undefined
  for (let index = 0; index < saves; index++) {
    annotations = { ...annotations, spans: relabel(index) }
    const { ms, result } = await timed(() => callApi(web, 'document:save', { annotations }))
    whole.push(ms)
    revision = result.revision
  }
  const changes: number[] = []
  for (let index = 0; index < saves; index++) {
    const spans = relabel(index)
    const changed = spans[index] as Span
    annotations = { ...annotations, spans }
    if (revision === undefined) throw new Error('document:save gave no revision to save changes against')
    const base = revision
    const { ms, result } = await timed(() => callApi(web, 'document:saveChanges', { base, annotations: { ...annotations, spans: [changed] }, removedSpanIds: [] }))
    changes.push(ms)
    revision = result.revision
  }
  return { spans: annotations.spans.length, changesP50: percentile(changes, 50), changesP95: percentile(changes, 95), wholeP95: percentile(whole, 95) }
}

/** Opens a project in the server, then a fresh page, until its document list shows. */
export async function measureProjectOpen(browser: Browser, web: WebModeProcess, dir: string, documents: number): Promise<{ serverMs: number; listMs: number; shown: number }> {
  const started = performance.now()
  const summary = await callApi(web, 'project:open', { dir })
  const serverMs = performance.now() - started
  if (summary.documents.length !== documents) throw new Error(`project ${dir}: ${summary.documents.length} documents, expected ${documents}`)
  const { context, page } = await newPage(browser, web.url)
  // Polled frame by frame in the page, so the time is the frame the list appeared in (from navigation start).
  const listMs = await page.evaluate(async (count) => {
    for (;;) {
      const progress = document.querySelector('[data-testid="progress"]')?.textContent ?? ''
      if (document.querySelector('[data-testid="document-item"]') !== null && progress.includes(`/${count}`)) return performance.now()
      if (performance.now() > 120_000) throw new Error(`the list of ${count} documents did not show within 120 s`)
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
  }, documents)
  const shown = await page.locator('[data-testid="document-item"]').count()
  await context.close()
  return { serverMs, listMs, shown }
}
