import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goldspanValidate, readSeed, spanOf, toCodePoints, type ExpectedSpan } from './annotationSession'
import { openReviewScreen, saveAsAnnotator, storedSpan } from './reviewSession'
import { callApi, launchChromium, REPO_ROOT, saveScreenshot, startGoldspanWeb, type AppPage, type WebModeProcess } from './harness'

// Issue 6, "Done when": a review session in the app resolves every disagreement of one
// document — accept one version, accept all agreed, none, edit — by keyboard, marks it
// adjudicated; the gold export validates and records provenance; after a restart the
// review still shows the document resolved.

const run = promisify(execFile)
const DOCUMENT = '000_2bf93c0143f687be'
const SENTENCE = 'l’armée de l’air russe a à plusieurs reprises bombardé'

let web: WebModeProcess
let browser: Browser
let app: AppPage
let homeDir: string
let outDir: string
let text: string
const at: Record<string, ExpectedSpan> = {}

/** Saves `annotator`'s spans (ids T1, T2, … in this order) on DOCUMENT through the API. */
async function annotateAs(annotator: string, spans: readonly ExpectedSpan[]): Promise<void> {
  await saveAsAnnotator(web, annotator, DOCUMENT, spans.map((span, index) => storedSpan(`T${index + 1}`, span, annotator)))
}

const documentRow = () => app.page.locator(`[data-testid="review-document"][data-document-id="${DOCUMENT}"]`)
const unit = () => app.page.getByTestId('review-unit')
const documentProgress = () => app.page.getByTestId('review-progress-document').getAttribute('data-resolved')

async function openReview(): Promise<void> {
  app = await openReviewScreen(browser, web)
}

beforeAll(async () => {
  homeDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-review-home-'))
  outDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-review-'))
  text = await readSeed(DOCUMENT)
  const from = text.indexOf(SENTENCE)
  at.army = spanOf(text, 'l’armée de l’air russe', 'ORG', { from })
  at.positions = spanOf(text, 'positions', 'LOC', { from })
  at.daechOrg = spanOf(text, 'groupe terroriste Daech', 'ORG', { from })
  at.daechPer = spanOf(text, 'groupe terroriste Daech', 'PER', { from })
  at.region = spanOf(text, 'région d’al-Safa', 'LOC', { from })
  at.safa = spanOf(text, 'al-Safa', 'LOC', { from: at.region!.start })
  ;[web, browser] = await Promise.all([startGoldspanWeb({ homeDir }), launchChromium()])
  // Four units, in text order: army agreed, positions only bob, Daech label differs, al-Safa boundary differs.
  await annotateAs('alice', [at.army!, at.daechOrg!, at.region!])
  await annotateAs('bob', [at.army!, at.positions!, at.daechPer!, at.safa!])
  await callApi(web, 'session:setAnnotator', { name: 'lead' })
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(homeDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

describe('a review session by keyboard, ending in a gold export', () => {
  it('resolves every unit of the document and marks it adjudicated', async () => {
    await openReview()
    await expect.poll(() => app.page.getByTestId('review-annotator-alice').isChecked()).toBe(true)
    expect(await app.page.getByTestId('review-annotator-bob').isChecked()).toBe(true)
    await documentRow().click()
    await expect.poll(() => unit().getAttribute('data-group')).toBe('agreed')
    expect(await app.page.getByTestId('review-count-label-differs').textContent()).toContain('1')
    const keys = app.page.keyboard
    await keys.press('a') // accept all agreed: the army
    await expect.poll(documentProgress).toBe('1')
    await keys.press('j')
    await expect.poll(() => unit().getAttribute('data-group')).toBe('only-one')
    await keys.press('n') // none: bob's "positions" is no location; moves on
    await expect.poll(() => unit().getAttribute('data-group')).toBe('label-differs')
    await saveScreenshot(app.page, 'review-unit')
    await keys.press('1') // alice's ORG
    await expect.poll(() => unit().getAttribute('data-group')).toBe('boundary-differs')
    await keys.press('e')
    const edit = app.page.getByTestId('review-edit-panel')
    await expect.poll(() => edit.getAttribute('data-start')).toBe(String(at.region!.start))
    await keys.press('2') // start from bob's version: "al-Safa"
    await keys.press('ArrowUp') // LOC → GPE
    await expect.poll(() => edit.getAttribute('data-label')).toBe('GPE')
    expect(await edit.getAttribute('data-start')).toBe(String(at.safa!.start))
    await saveScreenshot(app.page, 'review-edit')
    await keys.press('Enter')
    await expect.poll(documentProgress).toBe('4')
    await keys.press('Control+z')
    await expect.poll(documentProgress).toBe('3')
    await keys.press('Control+Shift+z')
    await expect.poll(documentProgress).toBe('4')
    await keys.press('d')
    await expect.poll(() => app.page.getByTestId('review-adjudicated').getAttribute('data-done')).toBe('true')
    await app.page.locator('[data-testid="review-save"][data-state="saved"]').waitFor({ timeout: 15_000 })
    expect(await app.page.getByTestId('review-progress-overall').getAttribute('data-total')).toBe('4')
    await saveScreenshot(app.page, 'review')
    expect(app.errors).toEqual([])
    await app.page.context().close()
  }, 60_000)

  it('exports the gold layer with provenance, and goldspan validate accepts it', async () => {
    // The CLI takes the project's lock, which the web mode holds while it runs.
    await web.stop()
    const projects = await readdir(join(homeDir, 'projects'))
    const projectDir = join(homeDir, 'projects', projects[0]!)
    const out = join(outDir, 'gold.jsonl')
    const cli = [join(REPO_ROOT, 'bin', 'goldspan.mjs'), 'export', '--project', projectDir, '--gold', '--allow-partial', '--out', out]
    await run(process.execPath, cli, { cwd: REPO_ROOT }).catch((error: { stdout: string; stderr: string }) => {
      // Exit code 1 lists the other seeds, not adjudicated; the file is written all the same.
      if (!/not adjudicated/.test(error.stderr)) throw error
    })
    await goldspanValidate(out)
    const records = (await readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; entities: { start: number; end: number; label: string; text: string; provenance: Record<string, unknown> }[] })
    expect(records.map((record) => record.id)).toEqual([DOCUMENT])
    const entities = records[0]!.entities.map(({ start, end, label, text: quote, provenance }) => ({ start, end, label, quote, ...provenance }))
    const decidedAt = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    const cp = (offset: number) => toCodePoints(text, offset)
    expect(entities).toEqual([
      { start: cp(at.army!.start), end: cp(at.army!.end), label: 'ORG', quote: at.army!.text, agreed_by: ['alice', 'bob'], adjudicator: 'lead', decided_at: decidedAt, decision: 'accepted' },
      { start: cp(at.daechOrg!.start), end: cp(at.daechOrg!.end), label: 'ORG', quote: at.daechOrg!.text, agreed_by: ['alice'], adjudicator: 'lead', decided_at: decidedAt, decision: 'accepted' },
      { start: cp(at.safa!.start), end: cp(at.safa!.end), label: 'GPE', quote: 'al-Safa', agreed_by: [], adjudicator: 'lead', decided_at: decidedAt, decision: 'edited' }
    ])
  }, 60_000)

  it('shows the document resolved and adjudicated after a restart', async () => {
    web = await startGoldspanWeb({ homeDir })
    await openReview()
    await expect.poll(() => documentRow().getAttribute('data-resolved'), { timeout: 15_000 }).toBe('4')
    expect(await documentRow().getAttribute('data-total')).toBe('4')
    expect(await documentRow().textContent()).toContain('✓')
    await documentRow().click()
    await expect.poll(documentProgress).toBe('4')
    expect(await unit().getAttribute('data-resolved')).not.toBe('')
    expect(app.errors).toEqual([])
  }, 60_000)
})
