import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkOffsetsInPython,
  clickText,
  drawnSpans,
  editorFor,
  exportByButton,
  readAnnotationFile,
  readExport,
  readSeed,
  selectedText,
  spanKey,
  spanOf,
  toCodePoints,
  waitForSaved,
  type ExpectedSpan
} from './annotationSession'
import { launchChromium, openApp, saveScreenshot, startGoldspanWeb, type AppPage, type WebModeProcess } from './harness'
import { stepCursor, tokenize, type Token } from './wordCursorModel'

// Issue 4, "Done when": a keyboard-only session labels ten entities in a seed document, and
// the exported JSONL has exactly those ten spans with the right text. The name is typed,
// the cursor moved with arrows, selections extended with Shift+arrows, labels given by
// hotkey, the document finished with Ctrl+Enter. Only the Export button is clicked.

const ANNOTATOR = 'dominique'
const DOCUMENT = '000_2bf93c0143f687be'
const NEXT_DOCUMENT = '001_1b0f98beef4bd2c0'

/** The default schema's hotkeys, as the palette shows them. */
const HOTKEYS: Readonly<Record<string, string>> = { PER: 'p', ORG: 'o', GPE: 'g', LOC: 'l', DATE: 'd', WEAPON: 'w' }

/** The ten entities, in the order they are labelled; each searched for after the one before. */
const TEN: readonly (readonly [quote: string, label: string])[] = [
  ['2018-10', 'DATE'],
  ['armée syrienne', 'ORG'],
  ['jeudi 4 octobre', 'DATE'],
  ['Américains', 'GPE'],
  ['OTAN', 'ORG'],
  ['région d’al-Safa', 'LOC'],
  ['al-Safa', 'GPE'], // nested in the LOC: the cursor has to come back into it from the right
  ['armée de l’air russe', 'ORG'],
  ['Syrie', 'GPE'],
  ['Soukhoï', 'WEAPON']
]

let web: WebModeProcess
let browser: Browser
let app: AppPage
let text: string
let expected: ExpectedSpan[]
let outDir: string

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-out-'))
  text = await readSeed(DOCUMENT)
  expected = []
  for (const [quote, label] of TEN) expected.push(spanOf(text, quote, label, { from: expected.at(-1)?.start ?? 0 }))
  ;[web, browser] = await Promise.all([startGoldspanWeb(), launchChromium()])
  app = await openApp(browser, web)
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(outDir, { recursive: true, force: true })
})

describe('a keyboard-only session', () => {
  it('types the name on first run and lands in the first seed', async () => {
    await app.page.getByTestId('annotator-input').waitFor({ timeout: 30_000 })
    await app.page.keyboard.type(ANNOTATOR)
    await app.page.keyboard.press('Enter')
    await editorFor(app.page, DOCUMENT).waitFor({ timeout: 30_000 })
  })

  it('labels ten entities with arrows, Shift+arrows and hotkeys', async () => {
    const tokens = tokenize(text)
    let head: Token | null = null // a freshly opened document has no cursor
    for (const span of expected) {
      expect(tokens.some((token) => token.start === span.start) && tokens.some((token) => token.end === span.end), `"${span.text}" is made of whole tokens`).toBe(true)
      for (let presses = 0; head === null || head.start !== span.start; presses++) {
        if (presses > 400) throw new Error(`the word cursor never reached "${span.text}" at ${span.start}`)
        const direction = head === null || head.start < span.start ? 1 : -1
        await app.page.keyboard.press(direction === 1 ? 'ArrowRight' : 'ArrowLeft')
        head = stepCursor(tokens, head, direction)
      }
      for (let extent: Token | null = head; extent!.end !== span.end; extent = stepCursor(tokens, extent, 1)) {
        await app.page.keyboard.press('Shift+ArrowRight')
      }
      await expect.poll(() => selectedText(app.page), { message: `the selection before labelling "${span.text}"` }).toBe(span.text)
      await app.page.keyboard.press(HOTKEYS[span.label]!)
      // The new span is selected: the cursor goes on from its ends.
      head = { start: span.start, end: span.end }
      await expect.poll(() => app.page.getByTestId('span-details-text').textContent()).toBe(span.text)
    }
    await app.page.keyboard.press('Escape')
    const shown = (await drawnSpans(app.page)).map((span) => `${span.label} ${span.text}`).sort()
    expect(shown).toEqual(expected.map((span) => `${span.label} ${span.text}`).sort())
    await saveScreenshot(app.page, 'e2e-keyboard-ten-entities')
  })

  it('finishes the document with Ctrl+Enter and saves the ten spans', async () => {
    await app.page.keyboard.press('Control+Enter')
    await editorFor(app.page, NEXT_DOCUMENT).waitFor()
    await waitForSaved(app.page)
    const file = await readAnnotationFile(web.homeDir, ANNOTATOR, DOCUMENT)
    expect(file.status).toBe('done')
    expect(file.spans.map((span) => spanKey({ ...span, text: text.slice(span.start, span.end) })).sort()).toEqual(expected.map(spanKey).sort())
  })

  it('exports exactly those ten spans with the right text, in code points', async () => {
    const path = join(outDir, 'keyboard.jsonl')
    await exportByButton(app.page, path)
    const record = (await readExport(path)).find((candidate) => candidate.id === DOCUMENT)!
    expect(record.offset_unit).toBe('codepoint')
    expect(record.meta).toMatchObject({ annotator: ANNOTATOR, status: 'done' })
    const codePoints = [...text]
    const wanted = expected.map((span) => {
      const start = toCodePoints(text, span.start)
      const end = toCodePoints(text, span.end)
      expect(codePoints.slice(start, end).join('')).toBe(span.text)
      return spanKey({ start, end, label: span.label, text: span.text })
    })
    expect(record.entities.map(spanKey).sort()).toEqual(wanted.sort())
    expect(record.events).toEqual([])
    // goldspan validate runs in the mouse session's export; the independent checker runs here too.
    expect(await checkOffsetsInPython(path)).toMatch(/^ok: 5 documents, 10 spans/)
    expect(app.errors).toEqual([])
  })
})

describe('the keyboard between other actions', () => {
  // NEXT_DOCUMENT is open with nothing selected; its text starts "L’armée syrienne et".
  it('keeps the word cursor on the text when a label is undone, so another hotkey labels it again', async () => {
    // A click puts the word cursor on the word (and gives the keyboard back after the Export click).
    const next = await readSeed(NEXT_DOCUMENT)
    const armee = spanOf(next, 'armée', 'PER')
    await clickText(app.page, next, armee.start, armee.end)
    await expect.poll(() => selectedText(app.page)).toBe('armée')
    await app.page.keyboard.press('p')
    await app.page.keyboard.press('Control+z')
    await expect.poll(async () => (await drawnSpans(app.page)).length).toBe(0)
    // Were the selection dropped, the next arrow would jump back to the first word of the document.
    expect(await selectedText(app.page)).toBe('armée')
    await app.page.keyboard.press('o')
    await expect.poll(async () => (await drawnSpans(app.page)).map((span) => `${span.label} ${span.text}`)).toEqual(['ORG armée'])
  })

  // Reported bug, fixed: a click on Undo (or Export, Snap to words, a document) left the
  // focus on that control, and arrows and hotkeys did nothing until the text was clicked.
  it('still moves the word cursor after a click on Undo', async () => {
    await app.page.keyboard.press('ArrowRight')
    await app.page.keyboard.press('g') // GPE "syrienne"
    await app.page.getByTestId('undo').click() // still enabled: the ORG label can be undone too
    await expect.poll(async () => (await drawnSpans(app.page)).map((span) => `${span.label} ${span.text}`)).toEqual(['ORG armée'])
    await app.page.keyboard.press('ArrowRight')
    await expect.poll(() => selectedText(app.page), { timeout: 2_000 }).toBe('et')
  })
})
