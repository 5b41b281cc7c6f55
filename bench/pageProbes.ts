// Code that runs inside the page (passed to page.evaluate / addInitScript). Kept free of
// imports so playwright can serialise each function as it is.

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[]
    __benchExpected?: { lines: readonly string[]; spans: readonly SpanLines[] }
  }
}

/**
 * Hands the page the generated lines and spans before anything is timed: receiving megabytes
 * of arguments takes the page's main thread a while, which must not count as the app's.
 */
export function storeExpected([lines, spans]: [string[], SpanLines[]]): void {
  window.__benchExpected = { lines, spans }
}

/** Records every long task from the page's start, before the app's own scripts run. */
export function recordLongTasks(): void {
  window.__benchLongTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks?.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/** A generated span as the page checks it: its id and the lines it starts and ends on. */
export type SpanLines = readonly [id: string, firstLine: number, lastLine: number]

export interface DrawnFigures {
  /** Sections drawn (not dormant). */
  readonly drawnSections: number
  /** Generated spans on the drawn sections' lines. */
  readonly expectedSpans: number
  /** Of those, how many have an element in the editor. */
  readonly drawnSpans: number
  /** Drawn paragraphs whose text differs from the generated line. */
  readonly textMismatches: number
  /** Whether every section in the scroll box's view is drawn. */
  readonly viewCovered: boolean
}

export interface OpenFigures {
  readonly startedAt: number
  readonly paintedAt: number
  readonly atOpen: DrawnFigures
  readonly inMiddle: DrawnFigures & { readonly visibleSpans: number; readonly visibleUnpainted: number }
  readonly distinctSpanIds: number
}

/**
 * What the editor shows, checked against the generated document: the sections drawn (Goldspan
 * leaves sections far from the viewport as empty blocks of their height), that every section
 * in view is drawn, that each drawn paragraph holds its generated line, and that every
 * generated span on a drawn line has its element. Page code: no imports.
 */
export function inspectDrawnText([documentId, lines, spans]: [string, readonly string[], readonly SpanLines[]]): DrawnFigures {
  const editor = document.querySelector(`[data-testid="editor"][data-document-id="${documentId}"]`)
  const box = document.querySelector('[data-scroll-box]')
  if (!editor || !box) return { drawnSections: 0, expectedSpans: 0, drawnSpans: 0, textMismatches: 0, viewCovered: false }
  const view = box.getBoundingClientRect()
  const drawnRanges: [number, number][] = []
  let viewCovered = true
  let textMismatches = 0
  for (const section of editor.querySelectorAll<HTMLElement>(':scope > [data-text-section]')) {
    if (section.dataset.dormant !== undefined) {
      const rect = section.getBoundingClientRect()
      if (rect.bottom > view.top && rect.top < view.bottom) viewCovered = false
      continue
    }
    const first = Number(section.dataset.firstLine)
    const paragraphs = section.querySelectorAll(':scope > p')
    paragraphs.forEach((paragraph, index) => {
      if (paragraph.textContent !== lines[first + index]) textMismatches++
    })
    drawnRanges.push([first, first + paragraphs.length - 1])
  }
  const present = new Set<string>()
  for (const element of editor.querySelectorAll<HTMLElement>('[data-span-id]')) present.add(element.dataset.spanId as string)
  let expectedSpans = 0
  let drawnSpans = 0
  for (const [id, firstLine, lastLine] of spans) {
    if (!drawnRanges.some(([first, last]) => firstLine <= last && lastLine >= first)) continue
    expectedSpans++
    if (present.has(id)) drawnSpans++
  }
  return { drawnSections: drawnRanges.length, expectedSpans, drawnSpans, textMismatches, viewCovered }
}

/**
 * Clicks a document in the list and waits, frame by frame, until every section in view is
 * drawn with all of its generated spans (`inspect` is inspectDrawnText, passed in because page
 * code cannot import). Then scrolls to the middle, waits the same way and checks that the
 * spans in view have a size and a drawn underline. Times are performance.now() of the page.
 */
export async function openAndWaitForSpans([documentId, timeoutMs, inspectSource]: [string, number, string]): Promise<OpenFigures> {
  const inspect = new Function(`return (${inspectSource})`)() as typeof inspectDrawnText
  const expected = window.__benchExpected
  if (!expected) throw new Error('no expected lines and spans in the page (storeExpected)')
  const { lines, spans } = expected
  // Called from a frame's callback, a posted message runs once that frame has been painted.
  const afterThisFrame = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  const complete = (figures: DrawnFigures): boolean => figures.viewCovered && figures.drawnSections > 0 && figures.drawnSpans === figures.expectedSpans
  const waitForDrawn = async (since: number, what: string): Promise<DrawnFigures> => {
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const figures = inspect([documentId, lines, spans])
      if (complete(figures)) return figures
      if (performance.now() - since > timeoutMs) throw new Error(`${documentId}: ${what}: ${JSON.stringify(figures)} after ${timeoutMs} ms`)
    }
  }
  const item = document.querySelector<HTMLElement>(`[data-testid="document-item"][data-document-id="${documentId}"]`)
  if (!item) throw new Error(`no document item ${documentId} in the list`)
  // Start in a task of our own: the one that ran this function also received its arguments.
  await new Promise((resolve) => setTimeout(resolve, 0))
  const startedAt = performance.now()
  item.click()
  // Found complete in a frame's callback, before that frame is painted: the time is taken once it is.
  const atOpen = await waitForDrawn(startedAt, 'open')
  const paintedAt = await afterThisFrame()
  const box = document.querySelector<HTMLElement>('[data-scroll-box]') as HTMLElement
  box.scrollTop = (box.scrollHeight - box.clientHeight) / 2
  // Checked in the frame where the middle was found drawn, before anything else can change.
  const middle = await waitForDrawn(performance.now(), 'scrolled to the middle')
  let visibleSpans = 0
  let visibleUnpainted = 0
  const view = box.getBoundingClientRect()
  for (const element of box.querySelectorAll<HTMLElement>('[data-text-section]:not([data-dormant]) [data-span-id]')) {
    const rect = element.getBoundingClientRect()
    if (rect.bottom < view.top || rect.top > view.bottom) continue
    visibleSpans++
    if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).backgroundImage === 'none') visibleUnpainted++
  }
  const ids = new Set<string>()
  for (const element of box.querySelectorAll<HTMLElement>('[data-span-id]')) ids.add(element.dataset.spanId as string)
  box.scrollTop = 0
  await new Promise((resolve) => requestAnimationFrame(resolve))
  await afterThisFrame()
  return { startedAt, paintedAt, atOpen, inMiddle: { ...middle, visibleSpans, visibleUnpainted }, distinctSpanIds: ids.size }
}

export interface LabelFigures {
  readonly jsMs: number[]
  readonly mainThreadMs: number[]
  readonly paintMs: number[]
}

/**
 * Labels `count` words from the top of the document with the keyboard, as an annotator
 * does: Escape, then for each label ArrowRight (next word) and the label's hotkey.
 * - JS time runs from the key to the first of: a task posted after it (so the keydown's
 *   microtasks and React's scheduled render are included), or the start of the next frame's
 *   callbacks after the app's own (so its frame callbacks are included too, but not the
 *   browser's style, layout and paint of that frame).
 * - Main-thread time runs to that posted task whatever came first: a frame the browser
 *   renders before it is counted too.
 * - Paint time runs to the task after the next frame.
 */
export async function labelWords([count, hotkeys]: [number, string[]]): Promise<LabelFigures> {
  const editor = document.querySelector<HTMLElement>('[data-testid="editor"]')
  if (!editor) throw new Error('no editor')
  const key = (name: string): void => {
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }))
  }
  const nextTask = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))
  editor.focus()
  key('Escape')
  await nextFrame()
  const jsMs: number[] = []
  const mainThreadMs: number[] = []
  const paintMs: number[] = []
  for (let index = 0; index < count; index++) {
    key('ArrowRight')
    await nextFrame()
    await nextTask()
    const started = performance.now()
    key(hotkeys[index % hotkeys.length] as string)
    // Asked for after the key, so it runs after any frame callback the app asked for then.
    let frameStartedAt = Number.POSITIVE_INFINITY
    const paint = new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        frameStartedAt = performance.now()
        void nextTask().then(resolve)
      })
    )
    const taskAt = await nextTask()
    jsMs.push(Math.min(taskAt, frameStartedAt) - started)
    mainThreadMs.push(taskAt - started)
    paintMs.push((await paint) - started)
  }
  return { jsMs, mainThreadMs, paintMs }
}

export interface ScrollFigures {
  readonly frames: number[]
  /** Frames in which a section in view was still an empty block. */
  readonly undrawnFrames: number
  /** Distinct span ids that had an element at some frame of the scroll. */
  readonly spanIdsSeen: number
}

/**
 * Scrolls the editor's scroll box from top to bottom a viewport per frame; returns every
 * frame's duration, the frames that showed an undrawn section, and every span id drawn on the way.
 */
export async function scrollThrough(): Promise<ScrollFigures> {
  const box = document.querySelector<HTMLElement>('[data-scroll-box]')
  if (!box) throw new Error('no scroll box')
  // Kept small, as it runs in every measured frame: the sections in view are found by a
  // binary search on their positions (they are in document order), not by measuring all.
  // Queried each time: a section's element is replaced when it is drawn or made dormant.
  const sectionsInView = (): HTMLElement[] => {
    const sections = box.querySelectorAll<HTMLElement>('[data-text-section]')
    const view = box.getBoundingClientRect()
    let low = 0
    let high = sections.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((sections[middle] as HTMLElement).getBoundingClientRect().bottom <= view.top) low = middle + 1
      else high = middle
    }
    const inView: HTMLElement[] = []
    for (let index = low; index < sections.length; index++) {
      const section = sections[index] as HTMLElement
      if (section.getBoundingClientRect().top >= view.bottom) break
      inView.push(section)
    }
    return inView
  }
  box.scrollTop = 0
  const frames: number[] = []
  const seen = new Set<string>()
  let undrawnFrames = 0
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
  for (;;) {
    const before = box.scrollTop
    box.scrollTop += box.clientHeight
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    frames.push(now - last)
    last = now
    const inView = sectionsInView()
    if (inView.some((section) => section.hasAttribute('data-dormant'))) undrawnFrames++
    for (const section of inView) for (const element of section.querySelectorAll('[data-span-id]')) seen.add(element.getAttribute('data-span-id') as string)
    if (box.scrollTop === before) break
  }
  return { frames, undrawnFrames, spanIdsSeen: seen.size }
}
