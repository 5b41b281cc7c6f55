import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSeed, SEEDS_DIR, spanOf, type ExpectedSpan } from './annotationSession'
import { callApi, launchChromium, openApp, REPO_ROOT, startGoldspanWeb, type AppPage, type WebModeProcess } from './harness'

// Issue 6 item 4: two annotators' work, imported with `goldspan import-annotations`, is
// compared on the Agreement screen; the figures are worked by hand below and the charts
// must have drawn their bars.

const run = promisify(execFile)
const DOCUMENT = '000_2bf93c0143f687be'
const SENTENCE = 'l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe terroriste Daech dans la région d’al-Safa'

let web: WebModeProcess
let browser: Browser
let app: AppPage
let homeDir: string
let filesDir: string

/** One annotator's goldspan line for DOCUMENT (UTF-16 offsets): entities, and one Attack on "bombardé" with `args` (role → entity key). */
function goldLine(text: string, annotator: string, entities: Record<string, ExpectedSpan>, trigger: ExpectedSpan, args: [string, string][]): string {
  const ids = Object.fromEntries(Object.keys(entities).map((key, index) => [key, `T${index + 1}`]))
  const textOf = (span: ExpectedSpan) => text.slice(span.start, span.end)
  return JSON.stringify({
    id: DOCUMENT,
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    offset_unit: 'utf16',
    entities: Object.entries(entities).map(([key, span]) => ({ id: ids[key], start: span.start, end: span.end, label: span.label, text: textOf(span) })),
    events: [
      {
        id: 'E1',
        type: 'Attack',
        trigger: { start: trigger.start, end: trigger.end, text: textOf(trigger) },
        arguments: args.map(([role, key]) => ({ role, ref: ids[key], start: entities[key]!.start, end: entities[key]!.end, text: textOf(entities[key]!) })),
        attributes: {}
      }
    ],
    relations: [],
    meta: { annotator, status: 'done', schema: { name: 'conflict-news-fr', version: 1 }, exported_at: '2026-11-25T19:00:00.000Z', format: 'goldspan', format_version: 2 }
  })
}

beforeAll(async () => {
  homeDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-agreement-home-'))
  filesDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-agreement-'))
  const text = await readSeed(DOCUMENT)
  const from = text.indexOf(SENTENCE)
  const span = (quote: string, label: string) => spanOf(text, quote, label, { from })
  const army = span('armée de l’air russe', 'ARMED')
  const positions = span('positions', 'FAC')
  const attack = span('bombardé', 'Attack')
  // alice: Daech ARMED, place "al-Safa"; Attack {Attacker army, Target positions, Place al-Safa}.
  // bob: Daech ORG (label differs), place "région d’al-Safa" (boundary differs); Attack {Attacker army, Target positions}.
  await writeFile(join(filesDir, 'alice.jsonl'), `${goldLine(text, 'alice', { army, positions, daech: span('groupe terroriste Daech', 'ARMED'), place: span('al-Safa', 'LOC') }, attack, [['Attacker', 'army'], ['Target', 'positions'], ['Place', 'place']])}\n`)
  await writeFile(join(filesDir, 'bob.jsonl'), `${goldLine(text, 'bob', { army, positions, daech: span('groupe terroriste Daech', 'ORG'), place: span('région d’al-Safa', 'LOC') }, attack, [['Attacker', 'army'], ['Target', 'positions']])}\n`)
  // The project is made by opening the seeds once; the CLI then imports into it while no server holds its lock.
  ;[web, browser] = await Promise.all([startGoldspanWeb({ homeDir }), launchChromium()])
  await callApi(web, 'session:setAnnotator', { name: 'lead' })
  await callApi(web, 'project:openCorpus', { path: SEEDS_DIR })
  await web.stop()
  const projectDir = join(homeDir, 'projects', (await readdir(join(homeDir, 'projects')))[0]!)
  const cli = join(REPO_ROOT, 'bin', 'goldspan.mjs')
  for (const annotator of ['alice', 'bob']) {
    await run(process.execPath, [cli, 'import-annotations', join(filesDir, `${annotator}.jsonl`), '--project', projectDir, '--annotator', annotator], { cwd: REPO_ROOT })
  }
  web = await startGoldspanWeb({ homeDir })
  app = await openApp(browser, web)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(homeDir, { recursive: true, force: true })
  await rm(filesDir, { recursive: true, force: true })
})

describe('the agreement screen', () => {
  it('shows the hand-worked figures and draws the charts', async () => {
    const { page } = app
    await page.getByTestId('agreement-button').click({ timeout: 30_000 })
    await page.getByTestId('agreement-screen').waitFor()
    // Spans (entities and the trigger), alice reference: army, positions, bombardé match exactly → tp 3;
    // Daech ARMED/ORG and al-Safa / région d’al-Safa do not → fp 2, fn 2 → strict F1 = 6/10.
    await expect.poll(() => page.getByTestId('agreement-strict-f1-0').textContent(), { timeout: 20_000 }).toBe('0.6000')
    // Overlap: al-Safa and région d’al-Safa, both LOC, overlap → tp 4, fp 1, fn 1 → 0.8.
    expect(await page.getByTestId('agreement-overlap-f1-0').textContent()).toBe('0.8000')
    // κ on the 4 boundaries both marked (of 6): p_o = 3/4; alice ARMED 1/2, FAC 1/4, Attack 1/4;
    // bob ARMED, FAC, ORG, Attack 1/4 each → p_e = 1/8 + 1/16 + 1/16 = 1/4 → κ = (3/4 − 1/4)/(3/4) = 2/3.
    expect(await page.getByTestId('agreement-cohen-0').textContent()).toBe('0.6667')
    expect(await page.getByTestId('agreement-pairs').textContent()).toContain('4 / 6')
    expect(await page.getByTestId('agreement-annotator-alice').isChecked()).toBe(true)
    const bars = (testId: string) => page.locator(`[data-testid="${testId}"] svg .recharts-bar-rectangle`).count()
    // Span F1 per pair: strict 0.6 and overlap 0.8 → 2 bars.
    expect(await bars('agreement-chart-pairs')).toBe(2)
    // Events: trigger id. and class. 1; arguments: alice {army, positions, al-Safa}, bob {army, positions} → tp 2, fn 1 → 0.8 twice → 4 bars.
    expect(await bars('agreement-chart-events')).toBe(4)
    // Labels used on the document: ARMED, Attack, FAC, LOC, ORG; alice 2/1/1/1/0 and bob 1/1/1/1/1 → 10 bars (a zero is a sliver).
    expect(await bars('agreement-chart-distribution')).toBe(10)
    expect(await page.getByTestId('confusion-ARMED-ORG').textContent()).toBe('1')
    // The screen scrolls inside the window: grow the window to its height so the picture shows every chart.
    const height = await page.getByTestId('agreement-screen').evaluate((screen) => screen.scrollHeight + screen.getBoundingClientRect().top)
    await page.setViewportSize({ width: 1280, height: Math.ceil(height) })
    await page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', 'agreement.png') })
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('app').getAttribute('data-screen')).toBe('annotate')
    expect(app.errors).toEqual([])
  })
})
