// Code that runs inside the page (passed to page.evaluate / addInitScript). Kept free of
// imports so playwright can serialise each function as it is.

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[]
  }
}

/** Records every long task from the page's start, before the app's own scripts run. */
export function recordLongTasks(): void {
  window.__benchLongTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks?.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

export interface OpenFigures {
  readonly startedAt: number
  readonly paintedAt: number
  readonly decoratedSpans: number
  readonly visibleSpans: number
  readonly visibleUnpainted: number
}

/**
 * Clicks a document in the list and waits, frame by frame, until the editor shows it with
 * `expected` distinct span ids decorated; then checks the spans in view have a size and a
 * drawn underline. Times are performance.now() of the page.
 */
export async function openAndWaitForSpans([documentId, expected, timeoutMs]: [string, number, number]): Promise<OpenFigures> {
  const afterPaint = (): Promise<number> =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
    )
  const item = document.querySelector<HTMLElement>(`[data-testid="document-item"][data-document-id="${documentId}"]`)
  if (!item) throw new Error(`no document item ${documentId} in the list`)
  const startedAt = performance.now()
  item.click()
  const countSpans = (editor: Element): number => {
    const ids = new Set<string>()
    for (const element of editor.querySelectorAll<HTMLElement>('[data-span-id]')) ids.add(element.dataset.spanId as string)
    return ids.size
  }
  let decoratedSpans = 0
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    const editor = document.querySelector(`[data-testid="editor"][data-document-id="${documentId}"]`)
    if (editor) {
      decoratedSpans = countSpans(editor)
      if (decoratedSpans >= expected) break
    }
    if (performance.now() - startedAt > timeoutMs) throw new Error(`${documentId}: ${decoratedSpans} of ${expected} spans decorated after ${timeoutMs} ms`)
  }
  const paintedAt = await afterPaint()
  // The first lines may hold no span: bring the middle span into view and check the spans there.
  const editor = document.querySelector(`[data-testid="editor"][data-document-id="${documentId}"]`) as Element
  const all = editor.querySelectorAll<HTMLElement>('[data-span-id]')
  all[Math.floor(all.length / 2)]?.scrollIntoView({ block: 'center' })
  await afterPaint()
  let visibleSpans = 0
  let visibleUnpainted = 0
  const height = window.innerHeight
  // Only the section in view and its neighbours: measuring all 10k spans forces a layout of every section.
  const section = all[Math.floor(all.length / 2)]?.closest('[data-text-section]')
  const near = [section?.previousElementSibling, section, section?.nextElementSibling].filter((element): element is Element => element instanceof Element)
  for (const element of near.flatMap((candidate) => [...candidate.querySelectorAll<HTMLElement>('[data-span-id]')])) {
    const box = element.getBoundingClientRect()
    if (box.bottom < 0 || box.top > height) continue
    visibleSpans++
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).backgroundImage === 'none') visibleUnpainted++
  }
  const scroller = document.querySelector<HTMLElement>('[data-scroll-box]')
  if (scroller) scroller.scrollTop = 0
  await afterPaint()
  return { startedAt, paintedAt, decoratedSpans, visibleSpans, visibleUnpainted }
}

export interface LabelFigures {
  readonly jsMs: number[]
  readonly paintMs: number[]
}

/**
 * Labels `count` words from the top of the document with the keyboard, as an annotator
 * does: Escape, then for each label ArrowRight (next word) and the label's hotkey. JS time
 * runs to a task posted after the keydown (so React's scheduled render is included);
 * paint time to the task after the next frame.
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
  const paintMs: number[] = []
  for (let index = 0; index < count; index++) {
    key('ArrowRight')
    await nextFrame()
    await nextTask()
    const started = performance.now()
    key(hotkeys[index % hotkeys.length] as string)
    const paint = new Promise<number>((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)))
    jsMs.push((await nextTask()) - started)
    paintMs.push((await paint) - started)
  }
  return { jsMs, paintMs }
}

/** Scrolls the editor's scroll box from top to bottom a viewport per frame; returns every frame's duration. */
export async function scrollThrough(): Promise<{ frames: number[]; distance: number }> {
  const box = document.querySelector<HTMLElement>('[data-scroll-box]')
  if (!box) throw new Error('no scroll box')
  box.scrollTop = 0
  const frames: number[] = []
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
  for (;;) {
    const before = box.scrollTop
    box.scrollTop += box.clientHeight
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    frames.push(now - last)
    last = now
    if (box.scrollTop === before) break
  }
  return { frames, distance: box.scrollTop }
}
