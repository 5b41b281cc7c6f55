import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkOffsetsInPython,
  clickText,
  drawnSpans,
  dragOver,
  editorFor,
  editorText,
  exportByButton,
  goldspanValidate,
  readAnnotationFile,
  readExport,
  readSeed,
  spanKey,
  spanOf,
  toCodePoints,
  waitForSaved,
  type ExpectedSpan
} from './annotationSession'
import { launchChromium, openApp, saveScreenshot, startGoldspanWeb, type AppPage, type WebModeProcess } from './harness'

// Issue 4, item 8: one annotator's first session on the seeds in the web mode, with the
// mouse: first run, labelling, nested spans, relabel, delete, undo/redo, done & next, reload,
// the files on disk and the export. The steps share one page and run in order.

const ANNOTATOR = 'camille'
const FIRST = '000_2bf93c0143f687be' // guillemets « »
const SECOND = '001_1b0f98beef4bd2c0'
const WITH_NBSP = '003_da26205d20f9c2ca'
const SEED_COUNT = 5

let web: WebModeProcess
let browser: Browser
let app: AppPage
let text: string
let outDir: string

/** Spans as they should end up in FIRST, by name; filled as the steps make them. */
const made = new Map<string, ExpectedSpan & { id: string }>()

async function expectSpansShown(expected: readonly (ExpectedSpan & { id: string })[]): Promise<void> {
  const describe = (span: { id: string; label: string; text: string }) => `${span.id} ${span.label} ${span.text}`
  // Decorations are painted a microtask after the change: poll rather than read once.
  await expect.poll(async () => (await drawnSpans(app.page)).map(describe).sort()).toEqual(expected.map(describe).sort())
}

/** The id of the span drawn over exactly `expected` (label and text), failing if none or several. */
async function idOfDrawn(expected: ExpectedSpan): Promise<string> {
  const matches = (await drawnSpans(app.page)).filter((span) => span.label === expected.label && span.text === expected.text)
  expect(matches, `${expected.label} "${expected.text}"`).toHaveLength(1)
  return matches[0]!.id
}

/**
 * The span the details panel shows, or null, once it has caught up: side panels follow the
 * stores once the next frame is painted, so it is read after a frame and a task of our own.
 */
function selectedSpanId(): Promise<string | null> {
  return app.page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    return document.querySelector<HTMLElement>('[data-testid="span-details"]')?.dataset.spanId ?? null
  })
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-out-'))
  text = await readSeed(FIRST)
  ;[web, browser] = await Promise.all([startGoldspanWeb(), launchChromium()])
  app = await openApp(browser, web)
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(outDir, { recursive: true, force: true })
})

describe('a mouse session on the seeds in the web mode', () => {
  it('asks the name on first run, then opens the seeds with the French text intact', async () => {
    await app.page.getByTestId('annotator-dialog').waitFor({ timeout: 30_000 })
    await saveScreenshot(app.page, 'e2e-first-run')
    await app.page.getByTestId('annotator-input').fill(ANNOTATOR)
    await app.page.getByTestId('annotator-submit').click()
    await editorFor(app.page, FIRST).waitFor({ timeout: 30_000 })
    expect(await app.page.getByTestId('document-item').count()).toBe(SEED_COUNT)
    expect(await app.page.getByTestId('annotator').textContent()).toContain(ANNOTATOR)
    const shown = await editorText(app.page)
    expect(shown).toBe(text)
    expect(shown).toContain('« Appuyée par les tirs')
    expect(shown).toContain('al-Safa », a annoncé')
  })

  it('shows no-break spaces as they are in the file', async () => {
    await app.page.locator(`[data-testid="document-item"][data-document-id="${WITH_NBSP}"]`).click()
    await editorFor(app.page, WITH_NBSP).waitFor()
    const shown = await editorText(app.page)
    expect(shown).toBe(await readSeed(WITH_NBSP))
    expect(shown).toContain('Manicha\u00a0dans')
    expect(shown.split('\u00a0')).toHaveLength(5)
    await app.page.locator(`[data-testid="document-item"][data-document-id="${FIRST}"]`).click()
    await editorFor(app.page, FIRST).waitFor()
  })

  it('labels a dragged word with a click on a label', async () => {
    const daech = spanOf(text, 'Daech', 'ORG')
    // Drag over the middle of the word: snapping widens it to the whole word.
    await dragOver(app.page, text, daech.start + 1, daech.end - 1)
    await app.page.locator('[data-testid="label-button"][data-label="ORG"]').click()
    made.set('daech', { ...daech, id: await idOfDrawn(daech) })
    await expectSpansShown([...made.values()])
    expect(await app.page.getByTestId('span-count').textContent()).toBe('1')
  })

  it('draws a span nested in another, both visible and each selectable by click', async () => {
    const region = spanOf(text, 'région d’al-Safa', 'LOC')
    const safa = spanOf(text, 'al-Safa', 'GPE', { from: region.start })
    await dragOver(app.page, text, region.start, region.end)
    await app.page.locator('[data-testid="label-button"][data-label="LOC"]').click()
    await dragOver(app.page, text, safa.start, safa.end)
    await app.page.locator('[data-testid="label-button"][data-label="GPE"]').click()
    made.set('region', { ...region, id: await idOfDrawn(region) })
    made.set('safa', { ...safa, id: await idOfDrawn(safa) })
    await expectSpansShown([...made.values()])

    const shown = await drawnSpans(app.page)
    const outer = shown.find((span) => span.id === made.get('region')!.id)!
    const inner = shown.find((span) => span.id === made.get('safa')!.id)!
    expect(outer.boxes).toBeGreaterThan(0)
    expect(inner.boxes).toBeGreaterThan(0)
    expect(inner.depth).toBeGreaterThan(outer.depth) // stacked underlines, not one over the other

    // "région" is only in the outer span; "Safa" is in both: the inner first, then the outer.
    await clickText(app.page, text, region.start, region.start + 'région'.length)
    await expect.poll(selectedSpanId).toBe(outer.id)
    await clickText(app.page, text, safa.end - 'Safa'.length, safa.end)
    await expect.poll(selectedSpanId).toBe(inner.id)
    expect(await app.page.getByTestId('span-details-text').textContent()).toBe('al-Safa')
    await clickText(app.page, text, safa.end - 'Safa'.length, safa.end)
    await expect.poll(selectedSpanId).toBe(outer.id)
    await saveScreenshot(app.page, 'e2e-span-details')
    await app.page.keyboard.press('Escape')
    await app.page.getByTestId('span-details').waitFor({ state: 'detached' })
    await saveScreenshot(app.page, 'e2e-overlapping-spans')
  })

  it('cycles through every span under a click, twins on the same words included, in a stable order', async () => {
    const daech = made.get('daech')!
    const outer = spanOf(text, 'terroriste Daech', 'ORG')
    await dragOver(app.page, text, daech.start, daech.end)
    await app.page.locator('[data-testid="label-button"][data-label="PER"]').click() // the same words, a second label
    await dragOver(app.page, text, outer.start, outer.end)
    await app.page.locator('[data-testid="label-button"][data-label="ORG"]').click()
    const under = [daech.id, await idOfDrawn({ ...daech, label: 'PER' }), await idOfDrawn(outer)]
    await app.page.keyboard.press('Escape')
    const picked: (string | null)[] = []
    for (let click = 0; click < 6; click++) {
      const before = await selectedSpanId()
      await clickText(app.page, text, daech.start, daech.end)
      await expect.poll(selectedSpanId).not.toBe(before)
      picked.push(await selectedSpanId())
    }
    // Selecting a span redraws it, which re-nests the twins' elements: the order must not follow the DOM.
    expect(new Set(picked.slice(0, 3))).toEqual(new Set(under))
    expect(picked.slice(3)).toEqual(picked.slice(0, 3))
    await app.page.keyboard.press('Control+z')
    await app.page.keyboard.press('Control+z')
    await expectSpansShown([...made.values()])
  })

  it('relabels the selected span with a hotkey, keeping its id', async () => {
    const soukhoi = spanOf(text, 'Soukhoï', 'PER')
    await dragOver(app.page, text, soukhoi.start, soukhoi.end)
    await app.page.locator('[data-testid="label-button"][data-label="PER"]').click()
    const id = await idOfDrawn(soukhoi)
    await app.page.keyboard.press('Escape')
    await clickText(app.page, text, soukhoi.start, soukhoi.end)
    await expect.poll(selectedSpanId).toBe(id)
    await app.page.keyboard.press('w')
    const weapon = { ...soukhoi, label: 'WEAPON' }
    expect(await idOfDrawn(weapon)).toBe(id)
    expect(await app.page.getByTestId('span-label-select').inputValue()).toBe('WEAPON')
    made.set('soukhoi', { ...weapon, id })
    await expectSpansShown([...made.values()])
  })

  it('deletes a span, and undo and redo bring it back and take it away again', async () => {
    const russe = spanOf(text, 'russe', 'GPE')
    await dragOver(app.page, text, russe.start, russe.end)
    await app.page.locator('[data-testid="label-button"][data-label="GPE"]').click()
    const withRusse = [...made.values(), { ...russe, id: await idOfDrawn(russe) }]
    await app.page.keyboard.press('Delete')
    await expectSpansShown([...made.values()])
    await app.page.keyboard.press('Control+z')
    await expectSpansShown(withRusse)
    await app.page.keyboard.press('Control+Shift+z')
    await expectSpansShown([...made.values()])
    await app.page.getByTestId('undo').click()
    await expectSpansShown(withRusse)
    await app.page.getByTestId('redo').click()
    await expectSpansShown([...made.values()])
    expect(await app.page.getByTestId('span-count').textContent()).toBe(String(made.size))
  })

  it('shows every shortcut on "?"', async () => {
    await app.page.keyboard.press('?')
    await app.page.getByTestId('shortcuts-help').waitFor()
    await saveScreenshot(app.page, 'e2e-keyboard-help')
    await app.page.keyboard.press('Escape')
    await app.page.getByTestId('shortcuts-help').waitFor({ state: 'detached' })
  })

  it('marks the document done with Ctrl+Enter and opens the next', async () => {
    await app.page.keyboard.press('Control+Enter')
    await editorFor(app.page, SECOND).waitFor()
    const first = app.page.locator(`[data-testid="document-item"][data-document-id="${FIRST}"]`)
    expect(await first.getAttribute('data-status')).toBe('done')
    expect(await first.getByTestId('document-status').textContent()).toBe('Done')
    expect(await first.textContent()).toContain(`${made.size} spans`)
    expect(await app.page.getByTestId('progress').textContent()).toBe(`1/${SEED_COUNT} done`)
    await waitForSaved(app.page)
  })

  it('finds everything as it was after a reload', async () => {
    await app.page.reload()
    await editorFor(app.page, SECOND).waitFor({ timeout: 30_000 })
    await app.page.locator(`[data-testid="document-item"][data-document-id="${FIRST}"]`).click()
    await editorFor(app.page, FIRST).waitFor()
    await expectSpansShown([...made.values()])
    expect(await app.page.getByTestId('current-status').getAttribute('data-status')).toBe('done')
  })

  it('wrote the spans to the annotator’s file with offsets that match the text', async () => {
    const file = await readAnnotationFile(web.homeDir, ANNOTATOR, FIRST)
    expect(file.status).toBe('done')
    expect(file.offsetUnit).toBe('utf16')
    expect(file.spans.map((span) => spanKey({ ...span, text: text.slice(span.start, span.end) })).sort()).toEqual([...made.values()].map(spanKey).sort())
    expect(file.spans.map((span) => span.id).sort()).toEqual([...made.values()].map((span) => span.id).sort())
    expect(new Set(file.spans.map((span) => span.annotator))).toEqual(new Set([ANNOTATOR]))
  })

  it('exports a download that goldspan validate and the Python checker accept', async () => {
    const path = join(outDir, 'export.jsonl')
    expect(await exportByButton(app.page, path)).toMatch(/\.jsonl$/)
    await app.page.getByTestId('notice').waitFor()
    await saveScreenshot(app.page, 'e2e-export')
    const [validated, checked] = await Promise.all([goldspanValidate(path), checkOffsetsInPython(path)])
    expect(validated).toContain(`${SEED_COUNT} document(s), ${made.size} entities`)
    expect(checked).toMatch(new RegExp(`^ok: ${SEED_COUNT} documents, ${made.size} spans`))
    const records = await readExport(path)
    expect(records.map((record) => record.id).sort()).toHaveLength(SEED_COUNT)
    const first = records.find((record) => record.id === FIRST)!
    expect(first.offset_unit).toBe('codepoint')
    expect(first.meta.status).toBe('done')
    expect(first.entities.map(spanKey).sort()).toEqual(
      [...made.values()].map((span) => spanKey({ ...span, start: toCodePoints(text, span.start), end: toCodePoints(text, span.end) })).sort()
    )
    expect(records.filter((record) => record.id !== FIRST).flatMap((record) => record.entities)).toEqual([])
    expect(app.errors).toEqual([])
    expect(app.foreignRequests).toEqual([])
  })
})
