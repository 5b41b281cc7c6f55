import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { editorFor, readAnnotationFile, readExport, readSeed, spanOf, toCodePoints, waitForSaved, type ExpectedSpan } from './annotationSession'
import { launchChromium, openApp, REPO_ROOT, startGoldspanWeb, type AppPage, type WebModeProcess } from './harness'

// Issue 11 item 3: pre-annotate a seed from a model's JSONL through the Import dialog,
// accept some suggestions and reject others with the keyboard, export through the Export
// dialog, and the export holds exactly the accepted ones. Offsets come from the seed file
// alone (indexOf), the predictions state them in code points as a Python model would.

const ANNOTATOR = 'nadia'
const MODEL = 'ner-demo'
const FIRST = '000_2bf93c0143f687be'

let web: WebModeProcess
let browser: Browser
let app: AppPage
let work: string
let text: string
let predicted: ExpectedSpan[]

beforeAll(async () => {
  text = await readSeed(FIRST)
  // In text order: ARMED, ORG, GPE, GPE (a wrong one the annotator rejects), LOC.
  predicted = [
    spanOf(text, 'armée syrienne', 'ARMED'),
    spanOf(text, 'OTAN', 'ORG'),
    spanOf(text, 'Syrie', 'GPE'),
    spanOf(text, 'Soukhoï', 'GPE'),
    spanOf(text, 'Soueïda', 'GPE')
  ].sort((a, b) => a.start - b.start)
  work = await mkdtemp(join(tmpdir(), 'goldspan-suggestions-'))
  const record = {
    id: FIRST,
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    offset_unit: 'codepoint',
    entities: predicted.map((span, index) => ({ id: `T${index + 1}`, start: toCodePoints(text, span.start), end: toCodePoints(text, span.end), label: span.label, text: span.text })),
    events: [],
    relations: [],
    meta: { annotator: MODEL, status: 'in_progress', schema: { name: 'conflict-news-fr', version: 1 }, exported_at: '2026-11-25T20:00:00Z', format: 'goldspan', format_version: 2 }
  }
  await writeFile(join(work, 'predictions.jsonl'), `${JSON.stringify(record)}\n`)
  ;[web, browser] = await Promise.all([startGoldspanWeb(), launchChromium()])
  app = await openApp(browser, web)
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function pendingKeys(): Promise<string[]> {
  const keys = await app.page.locator('[data-testid="suggestion"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-suggestion') ?? ''))
  return [...new Set(keys)]
}

describe('pre-annotation from a model', () => {
  it('imports suggestions through the Import dialog, accepts and rejects them by keyboard, and exports only the accepted ones', async () => {
    const page = app.page
    await page.getByTestId('annotator-input').waitFor({ timeout: 30_000 })
    await page.getByTestId('annotator-input').fill(ANNOTATOR)
    await page.keyboard.press('Enter')
    await editorFor(page, FIRST).waitFor({ timeout: 30_000 })

    await page.getByTestId('import-button').click()
    await page.getByTestId('import-path').fill(join(work, 'predictions.jsonl'))
    await page.getByTestId('import-model').fill(MODEL)
    await page.getByTestId('import-submit').click()
    await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: 20_000 }).toBe('Imported 1 document(s), 5 suggestion(s) (goldspan JSONL).')
    await page.getByTestId('import-close').click()
    await expect.poll(pendingKeys).toHaveLength(5)
    // Suggestions are not spans: nothing is in the annotator's layer yet.
    expect(await page.locator('[data-span-id]').count()).toBe(0)

    // Shift+N goes to the first; Y accepts (ARMED), then OTAN ORG is accepted, Syrie GPE
    // accepted, "Soukhoï" GPE rejected (it is a WEAPON), Soueïda left pending.
    await editorFor(page, FIRST).focus()
    await page.keyboard.press('Shift+N')
    await expect.poll(() => page.getByTestId('suggestion-current').textContent()).toContain('armée syrienne')
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'suggestions.png') })
    await page.keyboard.press('Shift+Y')
    await page.keyboard.press('Shift+Y')
    await page.keyboard.press('Shift+Y')
    await expect.poll(() => page.getByTestId('suggestion-current').textContent()).toContain('Soukhoï')
    await page.keyboard.press('Shift+X')
    await expect.poll(() => page.getByTestId('suggestions-pending').textContent()).toBe('1 pending')

    // Reject and accept are undoable, one step each.
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.getByTestId('suggestions-pending').textContent()).toBe('2 pending')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => page.getByTestId('suggestions-pending').textContent()).toBe('1 pending')
    await waitForSaved(page)
    // The Progress panel counts the three accepted spans in the corpus chart.
    await expect.poll(() => page.getByTestId('progress-labels').getAttribute('data-corpus-spans')).toBe('3')

    const accepted = predicted.filter((span) => ['armée syrienne', 'OTAN', 'Syrie'].includes(span.text))
    const file = await readAnnotationFile(web.homeDir, ANNOTATOR, FIRST)
    expect(file.spans.map((span) => [span.start, span.end, span.label])).toEqual(accepted.map((span) => [span.start, span.end, span.label]))
    const stored = JSON.parse(JSON.stringify(file)) as { spans: { suggestedBy?: { model: string } }[]; rejectedSuggestions?: string[] }
    expect(stored.spans.map((span) => span.suggestedBy?.model)).toEqual([MODEL, MODEL, MODEL])
    const soukhoi = predicted.find((span) => span.text === 'Soukhoï')!
    expect(stored.rejectedSuggestions).toEqual([`${MODEL}/${soukhoi.start}-${soukhoi.end}/GPE`])

    // Export through the dialog, to a file on this machine, offsets in UTF-16.
    await page.getByTestId('export-button').click()
    await page.getByTestId('export-offset-unit').selectOption('utf16')
    const out = join(work, 'export.jsonl')
    await page.getByTestId('export-destination').fill(out)
    await page.getByTestId('export-submit').click()
    await expect.poll(() => page.getByTestId('export-result').textContent(), { timeout: 20_000 }).toBe(`Exported 5 document(s), 3 span(s) to ${out}.`)
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'export-dialog.png') })
    await page.getByTestId('export-close').click()

    const records = await readExport(out)
    const first = records.find((record) => record.id === FIRST)!
    expect(first.entities.map((entity) => [entity.start, entity.end, entity.label, entity.text])).toEqual(accepted.map((span) => [span.start, span.end, span.label, span.text]))
    // Each says which model suggestion it was accepted from.
    expect(first.entities.map((entity) => entity.suggested_by?.model)).toEqual([MODEL, MODEL, MODEL])
    for (const record of records.filter((other) => other.id !== FIRST)) expect(record.entities, record.id).toEqual([])
    expect(await readFile(out, 'utf8')).not.toContain('Soueïda"')
    expect(app.errors).toEqual([])
  })
})
