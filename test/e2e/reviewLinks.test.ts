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

// Issue 6 item 3 and issue 10: a whole document adjudicated in the app, links included.
// alice and bob mark the same event (trigger and arguments) except that only alice gives it
// a Place; nobody marks the aircraft. The lead accepts the agreed units, carries the agreed
// links, accepts the disputed Place, adds the aircraft in the Document view and marks the
// document adjudicated; the gold export holds the event with its three arguments and the
// added span with provenance "added", and goldspan validate accepts it.

const run = promisify(execFile)
const DOCUMENT = '000_2bf93c0143f687be'
const SENTENCE = 'Avec ses avions Soukhoï, l’armée de l’air russe a à plusieurs reprises bombardé'

let web: WebModeProcess
let browser: Browser
let app: AppPage
let homeDir: string
let outDir: string
let text: string
const at: Record<string, ExpectedSpan> = {}

type Row = [id: string, span: ExpectedSpan, args?: [role: string, ref: string][]]

async function annotateAs(annotator: string, rows: readonly Row[]): Promise<void> {
  await saveAsAnnotator(web, annotator, DOCUMENT, rows.map(([id, span, args]) => storedSpan(id, span, annotator, args)))
}

const links = () => app.page.getByTestId('review-links')
const documentProgress = () => app.page.getByTestId('review-progress-document').getAttribute('data-resolved')

/** Selects [start, end) in the Document view as a mouse drag leaves it, then releases the mouse there. */
async function selectInDocumentView(start: number, end: number): Promise<void> {
  await app.page.getByTestId('doc-text').evaluate(
    (root, [from, to]) => {
      const place = (offset: number): [Node, number] => {
        const segments = [...root.querySelectorAll<HTMLElement>('[data-at]')].filter((segment) => Number(segment.dataset.at) <= offset)
        const segment = segments[segments.length - 1] as HTMLElement
        const textNode = [...segment.childNodes].find((node) => node.nodeType === Node.TEXT_NODE) as Node
        return [textNode, offset - Number(segment.dataset.at)]
      }
      const range = document.createRange()
      range.setStart(...place(from as number))
      range.setEnd(...place(to as number))
      const selection = window.getSelection() as Selection
      selection.removeAllRanges()
      selection.addRange(range)
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    },
    [start, end]
  )
}

beforeAll(async () => {
  homeDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-review-links-home-'))
  outDir = await mkdtemp(join(tmpdir(), 'goldspan-e2e-review-links-'))
  text = await readSeed(DOCUMENT)
  const from = text.indexOf(SENTENCE)
  at.aircraft = spanOf(text, 'avions Soukhoï', 'WEAPON', { from })
  at.army = spanOf(text, 'l’armée de l’air russe', 'ORG', { from })
  at.strike = spanOf(text, 'bombardé', 'Attack', { from })
  at.daech = spanOf(text, 'groupe terroriste Daech', 'ORG', { from })
  at.region = spanOf(text, 'région d’al-Safa', 'LOC', { from })
  ;[web, browser] = await Promise.all([startGoldspanWeb({ homeDir }), launchChromium()])
  await annotateAs('alice', [['T1', at.army!], ['T2', at.strike!, [['Attacker', 'T1'], ['Target', 'T3'], ['Place', 'T4']]], ['T3', at.daech!], ['T4', at.region!]])
  // bob's ids differ; he marked the region but gave the strike no Place.
  await annotateAs('bob', [['T7', at.region!], ['T8', at.daech!], ['T9', at.strike!, [['Target', 'T8'], ['Attacker', 'T6']]], ['T6', at.army!]])
  await callApi(web, 'session:setAnnotator', { name: 'lead' })
})

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  await rm(homeDir, { recursive: true, force: true })
  await rm(outDir, { recursive: true, force: true })
})

describe('adjudicating spans, links and an addition in the review screen', () => {
  it('accepts the agreed units, carries the agreed links, accepts the disputed one and adds a span', async () => {
    app = await openReviewScreen(browser, web)
    await app.page.locator(`[data-testid="review-document"][data-document-id="${DOCUMENT}"]`).click()
    await app.page.getByTestId('review-unit').waitFor()
    const keys = app.page.keyboard
    await keys.press('a') // the four spans are agreed
    // 4 units resolved; the Place alice alone gave is now between gold spans: 4 of 5.
    await expect.poll(documentProgress).toBe('4')
    expect(await app.page.getByTestId('review-progress-document').getAttribute('data-total')).toBe('5')

    await keys.press('v')
    await expect.poll(() => links().getAttribute('data-agreed')).toBe('2')
    expect(await links().getAttribute('data-disputed')).toBe('1')
    expect(await app.page.getByTestId('link-current').textContent()).toContain('Place')
    await keys.press('l')
    await expect.poll(() => links().getAttribute('data-carried')).toBe('2')
    await keys.press('y')
    await expect.poll(() => links().getAttribute('data-resolved')).toBe('1')
    await expect.poll(documentProgress).toBe('5')
    // Undo and redo go through the same history as the span decisions.
    await keys.press('Control+z')
    await expect.poll(() => links().getAttribute('data-resolved')).toBe('0')
    await keys.press('Control+Shift+z')
    await expect.poll(() => links().getAttribute('data-resolved')).toBe('1')
    await saveScreenshot(app.page, 'review-links')

    await keys.press('v')
    await app.page.getByTestId('review-document-view').waitFor()
    // Drag over "avions Soukho" with the mouse, then Shift+→ takes the "ï".
    await selectInDocumentView(at.aircraft!.start, at.aircraft!.end - 1)
    await keys.press('Shift+ArrowRight')
    const selection = app.page.getByTestId('doc-selection')
    await expect.poll(() => selection.getAttribute('data-end')).toBe(String(at.aircraft!.end))
    expect(await selection.getAttribute('data-start')).toBe(String(at.aircraft!.start))
    await keys.press('w') // WEAPON
    await expect.poll(() => app.page.locator('[data-label="WEAPON"]').count()).toBe(1)
    await saveScreenshot(app.page, 'review-document-view')

    await keys.press('Escape') // letters are labels in the Document view: Esc goes back to the spans step, where D marks the document adjudicated
    await app.page.getByTestId('review-unit').waitFor()
    await keys.press('d')
    await expect.poll(() => app.page.getByTestId('review-adjudicated').getAttribute('data-done')).toBe('true')
    await app.page.locator('[data-testid="review-save"][data-state="saved"]').waitFor({ timeout: 15_000 })
    expect(app.errors).toEqual([])
    await app.page.context().close()
  }, 60_000)

  it('exports the event with its three arguments and the added span, and goldspan validate accepts it', async () => {
    await web.stop()
    const projects = await readdir(join(homeDir, 'projects'))
    const projectDir = join(homeDir, 'projects', projects[0]!)
    const review = JSON.parse(await readFile(join(projectDir, 'review', `${DOCUMENT}.json`), 'utf8')) as { links: { linkKey: string; outcome: string; proposedBy: string[] }[] }
    expect(review.links.map(({ outcome, proposedBy }) => [outcome, proposedBy])).toEqual([
      ['accepted', ['alice', 'bob']],
      ['accepted', ['alice']],
      ['accepted', ['alice', 'bob']]
    ])
    const out = join(outDir, 'gold.jsonl')
    const cli = [join(REPO_ROOT, 'bin', 'goldspan.mjs'), 'export', '--project', projectDir, '--gold', '--allow-partial', '--out', out]
    await run(process.execPath, cli, { cwd: REPO_ROOT }).catch((error: { stdout: string; stderr: string }) => {
      if (!/not adjudicated/.test(error.stderr)) throw error
    })
    await goldspanValidate(out)
    interface Exported {
      id: string
      entities: { id: string; start: number; label: string; text: string; provenance: { decision: string; adjudicator: string } }[]
      events: { type: string; trigger: { text: string }; arguments: { role: string; ref: string; start: number; text: string }[] }[]
    }
    const records = (await readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Exported)
    expect(records.map((record) => record.id)).toEqual([DOCUMENT])
    const [record] = records
    const cp = (offset: number) => toCodePoints(text, offset)
    expect(record!.events.map((event) => [event.type, event.trigger.text])).toEqual([['Attack', 'bombardé']])
    const args = record!.events[0]!.arguments.map(({ role, start, text: quote }) => [role, start, quote]).sort()
    expect(args).toEqual(
      [
        ['Attacker', cp(at.army!.start), at.army!.text],
        ['Place', cp(at.region!.start), at.region!.text],
        ['Target', cp(at.daech!.start), at.daech!.text]
      ].sort()
    )
    const added = record!.entities.filter((entity) => entity.provenance.decision === 'added')
    expect(added.map(({ start, label, text: quote, provenance }) => [start, label, quote, provenance.adjudicator])).toEqual([[cp(at.aircraft!.start), 'WEAPON', 'avions Soukhoï', 'lead']])
  }, 60_000)
})
