import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { editorFor, exportByButton, readExport, readSeed, selectedText, spanOf, toCodePoints, waitForSaved, type ExpectedSpan } from './annotationSession'
import { launchChromium, openApp, REPO_ROOT, saveScreenshot, startGoldspanWeb, type AppPage, type WebModeProcess } from './harness'
import { stepCursor, tokenize, type Token } from './wordCursorModel'

// Issue 5, "Done when": the seed sentence "l’armée de l’air russe a à plusieurs reprises
// bombardé les positions du groupe terroriste Daech dans la région d’al-Safa" annotated as
// one Attack with Attacker, Target and Place, and a located_in relation, by keyboard only
// (arrows, hotkeys, Tab, Shift+A / Shift+L and digits); then reloaded, exported, and the export
// imported again as another annotator with the CLI: the same spans, arguments and relation.

const DOCUMENT = '000_2bf93c0143f687be'
const SENTENCE = 'l’armée de l’air russe a à plusieurs reprises bombardé'
const HOTKEYS: Readonly<Record<string, string>> = { ORG: 'o', LOC: 'l', Attack: 'a' }

let web: WebModeProcess
let browser: Browser
let app: AppPage
let text: string
let tokens: Token[]
let head: Token | null = null
let outDir: string
let homeDir: string
/** The annotation file as exported (before the screenshot's second event). */
let exportedState: Stored | null = null
type Stored = { spans: { annotator: string; created: string; updated: string }[]; relations: unknown[] }
const spans: Record<string, ExpectedSpan> = {}

/** Moves the word cursor to `span` with arrows, extends it with Shift+arrows, and labels it by hotkey. */
async function labelByKeyboard(span: ExpectedSpan): Promise<void> {
  for (let presses = 0; head === null || head.start !== span.start; presses++) {
    if (presses > 600) throw new Error(`the word cursor never reached "${span.text}"`)
    const direction = head === null || head.start < span.start ? 1 : -1
    await app.page.keyboard.press(direction === 1 ? 'ArrowRight' : 'ArrowLeft')
    head = stepCursor(tokens, head, direction)
  }
  for (let extent: Token | null = head; extent!.end !== span.end; extent = stepCursor(tokens, extent, 1)) await app.page.keyboard.press('Shift+ArrowRight')
  await expect.poll(() => selectedText(app.page)).toBe(span.text)
  await app.page.keyboard.press(HOTKEYS[span.label]!)
  head = { start: span.start, end: span.end }
  await expect.poll(() => app.page.getByTestId('span-details-text').textContent()).toBe(span.text)
}

const selectedSpanText = () => app.page.getByTestId('span-details-text').textContent()

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-events-'))
  homeDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-events-home-'))
  text = await readSeed(DOCUMENT)
  tokens = tokenize(text)
  const from = text.indexOf(SENTENCE)
  spans.army = spanOf(text, 'l’armée de l’air russe', 'ORG', { from })
  spans.attack = spanOf(text, 'bombardé', 'Attack', { from })
  spans.daech = spanOf(text, 'groupe terroriste Daech', 'ORG', { from })
  spans.place = spanOf(text, 'région d’al-Safa', 'LOC', { from })
  ;[web, browser] = await Promise.all([startGoldspanWeb({ homeDir }), launchChromium()])
  app = await openApp(browser, web)
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(outDir, { recursive: true, force: true })
  await rm(homeDir, { recursive: true, force: true })
})

describe('an event with three arguments and a relation, by keyboard only', () => {
  it('labels the trigger and three entities', async () => {
    await app.page.getByTestId('annotator-input').waitFor({ timeout: 30_000 })
    await app.page.keyboard.type('camille')
    await app.page.keyboard.press('Enter')
    await editorFor(app.page, DOCUMENT).waitFor({ timeout: 30_000 })
    for (const key of ['army', 'attack', 'daech', 'place']) await labelByKeyboard(spans[key]!)
  })

  it('attaches Attacker, Target and Place with Shift+A, Tab and a digit', async () => {
    const keys = app.page.keyboard
    await keys.press('Shift+Tab') // région → Daech
    await keys.press('Shift+Tab') // → bombardé
    await expect.poll(selectedSpanText).toBe('bombardé')
    // Each time: Shift+A, Tab to the filler, the digit of its role among those offered (see the panel).
    await keys.press('Shift+A')
    await keys.press('Shift+Tab') // → l’armée de l’air russe; an ORG may be 1 Attacker or 2 Target
    await expect.poll(() => app.page.getByTestId('link-choice').allTextContents()).toEqual(['1 Attacker', '2 Target'])
    await keys.press('1')
    await expect.poll(selectedSpanText).toBe('bombardé')
    await keys.press('Shift+A')
    await keys.press('Tab') // → groupe terroriste Daech
    await keys.press('2')
    await keys.press('Shift+A')
    await keys.press('Tab')
    await keys.press('Tab') // → région d’al-Safa; a LOC may be 1 Target or 2 Place
    await expect.poll(() => app.page.getByTestId('link-choice').allTextContents()).toEqual(['1 Target', '2 Place'])
    await keys.press('2')
    const roles = app.page.getByTestId('event-role')
    await expect.poll(() => roles.evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-role')}:${row.querySelector('[data-testid="role-filler"]')?.textContent?.replace('×', '') ?? ''}`))).toEqual([
      'Attacker:l’armée de l’air russe',
      'Target:groupe terroriste Daech',
      'Place:région d’al-Safa',
      'Time:',
      'Instrument:'
    ])
    const tags = await app.page.getByTestId('link-tag').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-tag')))
    expect(tags).toEqual(['Attacker', 'Target', 'Place'])
  })

  it('links Daech located_in al-Safa with Shift+L, Tab and a digit', async () => {
    const keys = app.page.keyboard
    await keys.press('Tab') // bombardé → Daech
    await expect.poll(selectedSpanText).toBe('groupe terroriste Daech')
    await keys.press('Shift+L')
    await keys.press('Tab') // → région d’al-Safa: 1 located_in, 2 part_of
    await expect.poll(() => app.page.getByTestId('link-choice').allTextContents()).toEqual(['1 located_in', '2 part_of'])
    await keys.press('1')
    await expect.poll(() => app.page.getByTestId('relation').allTextContents()).toEqual(['located_in → région d’al-Safa ×'])
    await waitForSaved(app.page)
  })

  it('keeps it all after a reload, and exports the event and the relation with code point offsets', async () => {
    await app.page.reload()
    await editorFor(app.page, DOCUMENT).waitFor({ timeout: 30_000 })
    const path = join(outDir, 'events.jsonl')
    await exportByButton(app.page, path)
    const record = (await readExport(path)).find((candidate) => candidate.id === DOCUMENT)!
    expect(record.offset_unit).toBe('codepoint')
    const at = (span: ExpectedSpan) => ({ start: toCodePoints(text, span.start), end: toCodePoints(text, span.end), text: span.text })
    const entityId = (span: ExpectedSpan) => record.entities.find((entity) => entity.start === at(span).start && entity.label === span.label)?.id
    const [army, daech, place] = [entityId(spans.army!), entityId(spans.daech!), entityId(spans.place!)]
    expect([army, daech, place].every((id) => typeof id === 'string')).toBe(true)
    expect(record.events).toEqual([
      expect.objectContaining({
        type: 'Attack',
        trigger: at(spans.attack!),
        arguments: [
          { role: 'Attacker', ref: army, ...at(spans.army!) },
          { role: 'Target', ref: daech, ...at(spans.daech!) },
          { role: 'Place', ref: place, ...at(spans.place!) }
        ]
      })
    ])
    expect((record as unknown as { relations: unknown[] }).relations).toEqual([expect.objectContaining({ type: 'located_in', head: daech, tail: place })])
    expect(app.errors).toEqual([])
    const projects = await readdir(join(homeDir, 'projects'))
    exportedState = JSON.parse(await readFile(join(homeDir, 'projects', projects[0] as string, 'annotations', 'camille', `${DOCUMENT}.json`), 'utf8')) as Stored
  })

  it('shows two events sharing an argument (screenshot for the docs)', async () => {
    // Tall enough for the text and the event panel in one picture.
    await app.page.setViewportSize({ width: 1280, height: 1040 })
    // A second Attack, "avancée", whose Place is the same région d’al-Safa.
    const advance = spanOf(text, 'avancée', 'Attack', { from: text.indexOf(SENTENCE) })
    head = null
    await app.page.getByTestId('editor').focus()
    await labelByKeyboard(advance)
    const keys = app.page.keyboard
    await keys.press('Shift+A')
    await keys.press('Shift+Tab') // → région d’al-Safa, the span just before: 1 Target, 2 Place
    await keys.press('2')
    await keys.press('Shift+Tab')
    await expect.poll(selectedSpanText).toBe('région d’al-Safa')
    await expect.poll(() => app.page.getByTestId('used-by').count()).toBe(2)
    await keys.press('Shift+Tab')
    await keys.press('Shift+Tab') // → bombardé, to show its roles
    await expect.poll(selectedSpanText).toBe('bombardé')
    await saveScreenshot(app.page, 'e2e-events')
    await keys.press('Tab')
    await keys.press('Tab') // → région d’al-Safa: both events tagged
    await expect.poll(() => app.page.getByTestId('link-tag').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-tag')))).toEqual([
      'Attack: Place',
      '← located_in',
      'Attack: Place'
    ])
    await saveScreenshot(app.page, 'e2e-events-shared')
  })

  it('round-trips the export through goldspan import-annotations unchanged', async () => {
    // The CLI refuses a project open in a running Goldspan: stop the server (the home is ours, so it stays).
    await web.stop()
    const projects = await readdir(join(homeDir, 'projects'))
    const projectDir = join(homeDir, 'projects', projects[0] as string)
    const cli = join(REPO_ROOT, 'bin', 'goldspan.mjs')
    await promisify(execFile)(process.execPath, [cli, 'import-annotations', join(outDir, 'events.jsonl'), '--project', projectDir, '--annotator', 'roundtrip'], { cwd: REPO_ROOT })
    const read = async (annotator: string) => JSON.parse(await readFile(join(projectDir, 'annotations', annotator, `${DOCUMENT}.json`), 'utf8')) as Stored
    const imported = await read('roundtrip')
    const original = exportedState!
    // Who and when change with the import; spans (ids, offsets, labels, arguments) and relations do not.
    const content = (file: Stored) => file.spans.map(({ annotator: _annotator, created: _created, updated: _updated, ...span }) => span)
    expect(content(imported)).toEqual(content(original))
    expect(imported.relations).toEqual(original.relations)
    expect(original.relations).toHaveLength(1)
  })
})
