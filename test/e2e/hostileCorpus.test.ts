import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../src/core/api'
import { callApi, launchChromium, saveScreenshot, startGoldspanWeb, type WebModeProcess } from './harness'

// Issue 9, item 4: a corpus of hostile texts opened in the web mode. Each document must show
// its characters literally (the editor's text equals the file's text) and nothing in it may
// run: the test fails on any dialog, navigation, popup, worker, CSP violation, console error,
// or request other than the app's own static files and API. Same-origin requests are checked
// by path too, since `<img src=x>` would ask the server itself for `/x`.

const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(445).slice(0, 20_000)

/** A hostile file name as well as hostile text: the id is shown in the list and the title. */
const HOSTILE_ID = '<img src=x onerror=alert("id")>'

interface HostileDocument {
  readonly id: string
  readonly text: string
  /** The bidi controls and zero-width characters, in order, as the editor labels them. */
  readonly labels: readonly string[]
}

const DOCUMENTS: readonly HostileDocument[] = [
  {
    id: 'html-img',
    text: 'Photo: <img src=x onerror=alert(1)> and <img src="http://evil.example/pixel.png">.\n<b>bold?</b> <i>no</i>\n',
    labels: []
  },
  {
    id: 'script',
    text:
      '<script>alert(1)</script>\n' +
      '<script src="http://evil.example/x.js"></script>\n' +
      '<svg onload=alert(2)><iframe src="javascript:alert(3)"></iframe></svg>\n' +
      "<style>@import 'http://evil.example/a.css'; body { background: url(http://evil.example/b.png) }</style>\n",
    labels: []
  },
  {
    id: 'javascript-urls',
    text:
      'javascript:alert(1)\n' +
      '<a href="javascript:alert(document.domain)">click me</a>\n' +
      '[a markdown link](javascript:alert(1)) and https://evil.example/?q=1\n' +
      '<meta http-equiv="refresh" content="0;url=http://evil.example/">\n' +
      '<form action="http://evil.example/"><button>send</button></form>\n',
    labels: []
  },
  {
    // U+202E (right-to-left override) makes "fdp.exe" read "exe.pdf"; U+2067/U+2069 isolate; U+200F, U+061C marks.
    id: 'bidi',
    text: 'Invoice \u202Efdp.exe\u202C attached.\nuser\u202Eadmin\n\u2067isolated\u2069 and \u200F mark \u061C letter.\n',
    labels: ['U+202E', 'U+202C', 'U+202E', 'U+2067', 'U+2069', 'U+200F', 'U+061C']
  },
  {
    id: 'zero-width',
    text: 'pay\u200Bpal ad\u200Cmin zw\u200Dj word\u2060joiner no\uFEFFbreak\n',
    labels: ['U+200B', 'U+200C', 'U+200D', 'U+2060', 'U+FEFF']
  },
  { id: 'long-word', text: `Before ${LONG_WORD} after.\n`, labels: [] },
  {
    id: 'entities',
    text: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#60;b&#62;x&#60;/b&#62; &nbsp; &#x202E; &quot;q&quot;\n',
    labels: []
  },
  {
    id: 'templates',
    text: "{{constructor.constructor('alert(1)')()}} ${alert(1)} <!-- comment --> <![CDATA[x]]> %3Cscript%3E\n",
    labels: []
  },
  { id: HOSTILE_ID, text: 'The file name of this document is markup.\n', labels: [] }
]

/** The app's own requests: its static files and its API channels, on its own origin. */
function isOwnRequest(url: string, origin: string): boolean {
  if (url === 'data:,') return true // index.html's empty icon
  const parsed = new URL(url)
  if (parsed.origin !== origin) return false
  const api = /^\/api\/([^/]+)$/.exec(parsed.pathname)
  if (api) return (CHANNEL_NAMES as readonly string[]).includes(decodeURIComponent(api[1]!))
  return /^\/(index\.html|favicon\.ico|assets\/[\w.-]+)?$/.test(parsed.pathname)
}

interface Watched {
  readonly page: Page
  readonly context: BrowserContext
  /** Everything that must stay empty, from the first request on. */
  readonly incidents: string[]
  /** The incidents since the last call (each test checks its own, so one does not fail them all). */
  newIncidents(): string[]
  /** Navigations of any frame after the app started (none may happen). */
  watchNavigations(): void
}

/** Opens the app with every listener attached before the first byte loads. */
async function openWatchedApp(browser: Browser, web: WebModeProcess): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const incidents: string[] = []
  const page = await context.newPage()
  context.on('page', (other) => incidents.push(`new page: ${other.url()}`))
  // Runs before the app's scripts, outside the CSP: a markup injection that the CSP blocked still fails the test.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') incidents.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => incidents.push(`uncaught: ${error.message}`))
  page.on('dialog', (dialog) => {
    incidents.push(`dialog ${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (!isOwnRequest(request.url(), web.origin)) incidents.push(`request: ${request.method()} ${request.url()}`)
  })
  page.on('worker', (worker) => incidents.push(`worker: ${worker.url()}`))
  page.on('websocket', (socket) => incidents.push(`websocket: ${socket.url()}`))
  let watching = false
  page.on('framenavigated', (frame) => {
    if (watching) incidents.push(`navigation: ${frame.url()}`)
  })
  page.on('popup', (popup) => incidents.push(`popup: ${popup.url()}`))
  await page.goto(web.url)
  let reported = 0
  const newIncidents = (): string[] => {
    const fresh = incidents.slice(reported)
    reported = incidents.length
    return fresh
  }
  return { page, context, incidents, newIncidents, watchNavigations: () => void (watching = true) }
}

/** What the editor shows: its paragraphs' text, one per line (labels are CSS, not text). */
function editorText(page: Page): Promise<{ id: string | undefined; text: string; labels: string[]; tags: string[] }> {
  return page.getByTestId('editor').evaluate((editor: HTMLElement) => ({
    id: editor.dataset.documentId,
    text: [...editor.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '').join('\n'),
    labels: [...editor.querySelectorAll('.gs-invisible')].map((label) => (label as HTMLElement).dataset.char ?? ''),
    tags: [...new Set([...editor.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()))].sort()
  }))
}

/** Left edges of each character of `word` where it is rendered in the editor, in text order. */
function characterLefts(page: Page, word: string): Promise<number[]> {
  return page.getByTestId('editor').evaluate((editor: HTMLElement, wanted: string) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at < 0) continue
      return [...wanted].map((_char, index) => {
        const range = document.createRange()
        range.setStart(node, at + index)
        range.setEnd(node, at + index + 1)
        return range.getBoundingClientRect().left
      })
    }
    throw new Error(`"${wanted}" is not in one text node of the editor`)
  }, word)
}

/** Where two texts first differ, briefly (a 20,000-character diff helps no one), or 'none'. */
function firstDifference(shown: string, expected: string): string {
  if (shown === expected) return 'none'
  let at = 0
  while (at < Math.min(shown.length, expected.length) && shown[at] === expected[at]) at++
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 10), at + 20))
  return `at utf16 offset ${at} (lengths ${shown.length} vs ${expected.length}): shown ${around(shown)}, file ${around(expected)}`
}

function documentItem(page: Page, id: string) {
  // JSON string syntax is CSS string syntax for these ids (no control characters).
  return page.locator(`[data-testid="document-item"][data-document-id=${JSON.stringify(id)}]`)
}

let root: string
let web: WebModeProcess
let browser: Browser
let app: Watched

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-hostile-'))
  const corpus = join(root, 'corpus')
  await mkdir(corpus)
  for (const document of DOCUMENTS) await writeFile(join(corpus, `${document.id}.txt`), document.text, 'utf8')
  web = await startGoldspanWeb()
  await callApi(web, 'session:setAnnotator', { name: 'ana' })
  const project = await callApi(web, 'project:openCorpus', { path: corpus })
  expect(project.problems).toEqual([])
  expect(project.documents.map((document) => document.id).sort()).toEqual(DOCUMENTS.map((document) => document.id).sort())
  browser = await launchChromium()
  app = await openWatchedApp(browser, web)
  await app.page.getByTestId('editor').waitFor({ timeout: 30_000 })
  await app.page.waitForLoadState('networkidle')
  app.watchNavigations()
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(root, { recursive: true, force: true })
})

describe('a hostile corpus in the web mode', () => {
  it('starts and opens the first document with no incident', () => {
    expect(app.newIncidents()).toEqual([])
  })

  it('lists every document under its literal name', async () => {
    const names = await app.page.locator('[data-testid="document-item"] .gs-docitem__name').allTextContents()
    expect(names.sort()).toEqual(DOCUMENTS.map((document) => document.id).sort())
    expect(await app.page.locator('[data-testid="document-list"] img, [data-testid="document-list"] script').count()).toBe(0)
  })

  it.each(DOCUMENTS.map((document) => [document.id, document] as const))('shows %s literally, as plain paragraphs', async (id, document) => {
    await documentItem(app.page, id).click()
    await app.page.locator(`[data-testid="editor"][data-document-id=${JSON.stringify(id)}]`).waitFor({ timeout: 20_000 })
    const shown = await editorText(app.page)
    expect(shown.id).toBe(id)
    expect(firstDifference(shown.text, document.text)).toBe('none')
    expect(shown.labels).toEqual(document.labels)
    // Only the editor's own structure: sections, paragraphs, decoration spans, the empty last line's break.
    expect(shown.tags.filter((tag) => !['div', 'p', 'span', 'br'].includes(tag))).toEqual([])
    expect(await app.page.getByTestId('document-title').textContent()).toBe(id)
    await app.page.waitForLoadState('networkidle')
    expect(app.newIncidents()).toEqual([])
  })

  it('keeps left-to-right order after a right-to-left override (the control is isolated)', async () => {
    await documentItem(app.page, 'bidi').click()
    await app.page.locator('[data-testid="editor"][data-document-id="bidi"]').waitFor()
    for (const word of ['fdp.exe', 'admin']) {
      const lefts = await characterLefts(app.page, word)
      const sorted = [...lefts].sort((a, b) => a - b)
      expect(lefts, word).toEqual(sorted)
      expect(new Set(lefts).size, word).toBe(word.length)
    }
    await saveScreenshot(app.page, 'hostile-bidi')
    expect(app.newIncidents()).toEqual([])
  })

  it('runs nothing when the hostile text is clicked, double-clicked and selected', async () => {
    for (const [id, target] of [
      ['javascript-urls', 'click me'],
      ['javascript-urls', 'javascript:alert(1)'],
      ['html-img', 'onerror'],
      ['script', 'alert(1)']
    ] as const) {
      await documentItem(app.page, id).click()
      const editor = app.page.locator(`[data-testid="editor"][data-document-id=${JSON.stringify(id)}]`)
      await editor.waitFor()
      const word = editor.getByText(target, { exact: false }).first()
      await word.click()
      await word.dblclick()
      await app.page.keyboard.press('Escape')
    }
    await saveScreenshot(app.page, 'hostile-script')
    await app.page.waitForLoadState('networkidle')
    expect(app.newIncidents()).toEqual([])
    expect(app.page.url()).toBe(`${web.origin}/`)
  })

  it('wraps a 20,000-character word, and opened no dialog, popup, worker or foreign request and navigated nowhere, start to end', async () => {
    await documentItem(app.page, 'long-word').click()
    await app.page.locator('[data-testid="editor"][data-document-id="long-word"]').waitFor()
    await saveScreenshot(app.page, 'hostile-long-word')
    // The 20,000-character word wraps inside the editor instead of widening the page.
    const overflow = await app.page.getByTestId('editor').evaluate((editor: HTMLElement) => ({
      editor: editor.scrollWidth - editor.clientWidth,
      page: document.documentElement.scrollWidth - window.innerWidth
    }))
    expect(overflow).toEqual({ editor: 0, page: 0 })
    expect(app.context.pages()).toHaveLength(1)
    expect(app.incidents).toEqual([])
  })
})
