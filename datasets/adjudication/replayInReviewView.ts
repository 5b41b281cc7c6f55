import { readFile, rm } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findDisagreements } from '../../src/core/review'
import { linkKeyOfEnds } from '../../src/core/review/linkDecision'
import { conflictNewsSchema } from '../../src/core/schema'
import type { Page } from 'playwright-core'
import { callApi, launchChromium, openApp, REPO_ROOT, startGoldspanWeb } from '../../test/e2e/harness'

// Replays the adjudication of the seeds (decisions.json, one reason per decision) in the
// app's review view, by keyboard, in Chromium through the web mode, as the adjudicator did:
// accept all agreed units, then each disputed unit's chosen version (1, 2), both (b) or none
// (n); in the Document view, the spans both annotators missed; in the Links view, carry the
// agreed arguments and relations (l) and accept (y) or reject (n) each disputed one; back in
// the Document view, draw the arguments both missed; mark the document adjudicated (d).
// The gold layer and review files it writes are those committed in seeds-project/.
// Run after `npx electron-vite build`:  npx tsx datasets/adjudication/replayInReviewView.ts
// It starts from an empty gold layer: annotations/gold/ and review/ are removed first.

const PROJECT = join(REPO_ROOT, 'datasets', 'seeds-project')
const ANNOTATORS = ['annotator-a', 'annotator-b'] as const
const ADJUDICATOR = 'lead'

type UnitChoice = (typeof ANNOTATORS)[number] | 'both' | 'none'

interface UnitDecision {
  readonly document: string
  readonly start: number
  readonly end: number
  readonly decision: UnitChoice
}

const KEY_OF: Readonly<Record<UnitChoice, string>> = { 'annotator-a': '1', 'annotator-b': '2', both: 'b', none: 'n' }

interface End {
  readonly label: string
  readonly start: number
  readonly end: number
}

type LinkDecision = { readonly document: string; readonly decision: 'accept' | 'reject' } & (
  | { readonly kind: 'argument'; readonly role: string; readonly event: End; readonly argument: End }
  | { readonly kind: 'relation'; readonly type: string; readonly headSpan: End; readonly tailSpan: End }
)

interface Addition extends End {
  readonly document: string
}

interface MissingArgument {
  readonly document: string
  readonly role: string
  readonly eventStart: number
  readonly eventEnd: number
  readonly argStart: number
  readonly argEnd: number
}

function keyOfLink(link: LinkDecision): string {
  return link.kind === 'argument'
    ? linkKeyOfEnds({ kind: 'argument', role: link.role }, link.event, link.argument)
    : linkKeyOfEnds({ kind: 'relation', type: link.type }, link.headSpan, link.tailSpan)
}

async function main(): Promise<void> {
  const adjudication = JSON.parse(await readFile(join(REPO_ROOT, 'datasets', 'adjudication', 'decisions.json'), 'utf8')) as {
    units: UnitDecision[]
    additions: Addition[]
    links: LinkDecision[]
    missingArguments: MissingArgument[]
  }
  const decided = adjudication.units
  await rm(join(PROJECT, 'annotations', 'gold'), { recursive: true, force: true })
  await rm(join(PROJECT, 'review'), { recursive: true, force: true })
  const homeDir = await mkdtemp(join(tmpdir(), 'goldspan-adjudication-'))
  const web = await startGoldspanWeb({ homeDir })
  const browser = await launchChromium()
  try {
    await callApi(web, 'session:setAnnotator', { name: ADJUDICATOR })
    await callApi(web, 'project:open', { dir: PROJECT })
    const { page, errors } = await openApp(browser, web)
    await page.getByTestId('review-button').click({ timeout: 30_000 })
    await page.getByTestId('review-screen').waitFor()
    for (const annotator of ANNOTATORS) {
      const box = page.getByTestId(`review-annotator-${annotator}`)
      await box.waitFor()
      if (!(await box.isChecked())) await box.check()
    }
    const documents = [...new Set(decided.map((decision) => decision.document))]
    const { documents: summaries } = await callApi(web, 'review:summary', { annotators: [...ANNOTATORS] })
    for (const { documentId } of summaries) {
      await page.locator(`[data-testid="review-document"][data-document-id="${documentId}"]`).click()
      const unit = page.getByTestId('review-unit')
      await unit.waitFor()
      const resolved = async (): Promise<number> => Number(await page.getByTestId('review-progress-document').getAttribute('data-resolved'))
      // The units in the order the review view shows them (the same function computes them).
      const opened = await callApi(web, 'review:document', { documentId, annotators: [...ANNOTATORS] })
      const { units } = findDisagreements(opened.versions, { textLength: opened.text.length })
      await page.keyboard.press('a')
      const agreed = units.filter((candidate) => candidate.group === 'agreed').length
      await waitFor(async () => (await resolved()) === agreed, `${documentId}: ${agreed} agreed units accepted`)
      for (const decision of decided.filter((candidate) => candidate.document === documentId)) {
        const index = units.findIndex((candidate) => candidate.start === decision.start && candidate.end === decision.end && candidate.group !== 'agreed')
        if (index < 0) throw new Error(`${documentId}: no disputed unit at ${decision.start}-${decision.end}`)
        await goToUnit(page, index)
        const before = await resolved()
        await page.keyboard.press(KEY_OF[decision.decision])
        await waitFor(async () => (await resolved()) === before + 1, `${documentId} ${decision.start}-${decision.end}: ${decision.decision}`)
      }
      await addSpans(page, adjudication.additions.filter((addition) => addition.document === documentId))
      await decideLinks(page, documentId, adjudication.links.filter((link) => link.document === documentId))
      await drawArguments(page, opened.text, adjudication.missingArguments.filter((argument) => argument.document === documentId))
      await page.keyboard.press('d')
      await page.locator('[data-testid="review-adjudicated"][data-done="true"]').waitFor()
      documents.splice(documents.indexOf(documentId), 1)
      await page.locator('[data-testid="review-save"][data-state="saved"]').waitFor({ timeout: 30_000 })
      process.stdout.write(`${documentId}: ${await resolved()} of ${await page.getByTestId('review-progress-document').getAttribute('data-total')} units and disputed links resolved, adjudicated\n`)
    }
    if (documents.length > 0) throw new Error(`decisions for documents the review did not list: ${documents.join(', ')}`)
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
  } finally {
    await browser.close()
    await web.stop()
    await rm(homeDir, { recursive: true, force: true })
  }
}

const HOTKEY_OF = new Map([...conflictNewsSchema.entityTypes, ...conflictNewsSchema.eventTypes].map((type) => [type.name, type.hotkey ?? '']))

/** From the spans step to the Document view (spans → links → document). */
async function openDocumentView(page: Page): Promise<void> {
  await page.keyboard.press('v')
  await page.getByTestId('review-links').waitFor()
  await page.keyboard.press('v')
  await page.getByTestId('review-document-view').waitFor()
}

/** Document view → spans step: Esc clears the selection, then leaves. */
async function leaveDocumentView(page: Page): Promise<void> {
  for (let tries = 0; tries < 3 && (await page.getByTestId('review-document-view').count()) > 0; tries++) await page.keyboard.press('Escape')
  await page.getByTestId('review-unit').waitFor()
}

/**
 * Page script selecting [start, end) of the Document view's text as a mouse drag leaves it.
 * A string, since tsx would wrap a function's inner helpers in a `__name` the page lacks.
 */
function selectInDocumentText(start: number, end: number): string {
  return `(() => {
    const root = document.querySelector('[data-testid="doc-text"]')
    const place = (offset) => {
      const segments = [...root.querySelectorAll('[data-at]')].filter((segment) => Number(segment.dataset.at) <= offset)
      const segment = segments[segments.length - 1]
      const textNode = [...segment.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)
      return [textNode, offset - Number(segment.dataset.at)]
    }
    const range = document.createRange()
    range.setStart(...place(${start}))
    range.setEnd(...place(${end}))
    const selection = window.getSelection()
    selection.removeAllRanges()
    selection.addRange(range)
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  })()`
}

/** Selects each addition in the Document view and presses its label's hotkey. */
async function addSpans(page: Page, additions: readonly Addition[]): Promise<void> {
  if (additions.length === 0) return
  await openDocumentView(page)
  for (const addition of additions) {
    await page.evaluate(selectInDocumentText(addition.start, addition.end))
    const selection = page.getByTestId('doc-selection')
    await waitFor(async () => (await selection.getAttribute('data-start')) === String(addition.start) && (await selection.getAttribute('data-end')) === String(addition.end), `selection of ${addition.label} ${addition.start}-${addition.end}`)
    const drawn = page.getByTestId('doc-text').locator(`[data-label*="${addition.label}"]`)
    const before = await drawn.count()
    await page.keyboard.press(HOTKEY_OF.get(addition.label) ?? '')
    await waitFor(async () => (await drawn.count()) > before, `${addition.label} ${addition.start}-${addition.end} added`)
  }
  await leaveDocumentView(page)
}

/** Links view: carry the agreed links, then accept or reject each disputed one as decided. */
async function decideLinks(page: Page, documentId: string, decisions: readonly LinkDecision[]): Promise<void> {
  const byKey = new Map(decisions.map((decision) => [keyOfLink(decision), decision.decision]))
  await page.keyboard.press('v')
  const links = page.getByTestId('review-links')
  await links.waitFor()
  await page.keyboard.press('l')
  await waitFor(async () => (await links.getAttribute('data-carried')) === (await links.getAttribute('data-agreed')), `${documentId}: agreed links carried`)
  const rows = page.getByTestId('link-disputed')
  const count = await rows.count()
  for (let index = 0; index < count; index++) {
    await rows.nth(index).locator('button').click()
    const current = page.getByTestId('link-current')
    await waitFor(async () => (await rows.nth(index).getAttribute('class'))?.includes('current') === true, `${documentId}: disputed link ${index + 1}`)
    const key = (await current.getAttribute('data-key')) ?? ''
    const decision = byKey.get(key)
    if (decision === undefined) throw new Error(`${documentId}: no decision for the disputed link ${key}`)
    const outcome = await current.getAttribute('data-resolved')
    const wanted = decision === 'accept' ? 'accepted' : 'rejected'
    if (outcome !== '' && outcome !== null) {
      // Accepting one filler of a role taken once rejects its rivals: the decision must agree.
      if (outcome !== wanted) throw new Error(`${documentId}: ${key} was ${outcome}, the adjudicator said ${decision}`)
      continue
    }
    await page.keyboard.press(decision === 'accept' ? 'y' : 'n')
    await waitFor(async () => (await current.getAttribute('data-resolved')) === wanted || (await rows.nth(index).getAttribute('data-resolved')) === 'true', `${documentId}: ${key} ${decision}`)
  }
  await page.keyboard.press('Shift+V')
  await page.getByTestId('review-unit').waitFor()
}

/** Document view: choose the trigger (J), Enter, choose the argument, Enter, then the role. */
async function drawArguments(page: Page, documentText: string, missing: readonly MissingArgument[]): Promise<void> {
  if (missing.length === 0) return
  await openDocumentView(page)
  const selection = page.getByTestId('doc-selection')
  // J/K choose gold spans in text order (the caret goes to the span's start); the line names the chosen span's label and text.
  const choose = async (start: number, end: number, back: boolean): Promise<void> => {
    const wanted = `“${documentText.slice(start, end)}” (`
    for (let step = 0; step < 2000; step++) {
      if ((await selection.count()) > 0 && (await selection.getAttribute('data-span')) !== '' && (await selection.getAttribute('data-start')) === String(start) && ((await selection.textContent()) ?? '').includes(wanted)) return
      await page.keyboard.press(back ? 'k' : 'j')
    }
    throw new Error(`no gold span at ${start}-${end}`)
  }
  for (const argument of missing) {
    await choose(argument.eventStart, argument.eventEnd, false)
    await page.keyboard.press('Enter')
    await choose(argument.argStart, argument.argEnd, argument.argStart < argument.eventStart)
    await page.keyboard.press('Enter')
    await page.getByTestId('doc-link-option').filter({ hasText: argument.role }).first().click()
    await waitFor(async () => (await page.getByTestId('doc-linking').count()) === 0, `argument ${argument.role} drawn`)
  }
  await leaveDocumentView(page)
}

async function goToUnit(page: Page, index: number): Promise<void> {
  for (let step = 0; step < 2000; step++) {
    const current = Number(await page.getByTestId('review-unit').getAttribute('data-index'))
    if (current === index) return
    await page.keyboard.press(current < index ? 'j' : 'k')
  }
  throw new Error(`could not reach unit ${index}`)
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

await main()
