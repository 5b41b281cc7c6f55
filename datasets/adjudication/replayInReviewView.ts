import { readFile, rm } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findDisagreements } from '../../src/core/review'
import { callApi, launchChromium, openApp, REPO_ROOT, startGoldspanWeb } from '../../test/e2e/harness'

// Replays the adjudication of the seeds (decisions.json, one reason per decision) in the
// app's review view, by keyboard, in Chromium through the web mode, as the adjudicator did:
// accept all agreed units, then each disputed unit's chosen version (1, 2), both (b) or none
// (n). The gold layer and review files it writes are those committed in seeds-project/.
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

async function main(): Promise<void> {
  const { units: decided } = JSON.parse(await readFile(join(REPO_ROOT, 'datasets', 'adjudication', 'decisions.json'), 'utf8')) as { units: UnitDecision[] }
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
      documents.splice(documents.indexOf(documentId), 1)
      await page.locator('[data-testid="review-save"][data-state="saved"]').waitFor({ timeout: 30_000 })
      process.stdout.write(`${documentId}: ${await resolved()} of ${units.length} units resolved\n`)
    }
    if (documents.length > 0) throw new Error(`decisions for documents the review did not list: ${documents.join(', ')}`)
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
  } finally {
    await browser.close()
    await web.stop()
    await rm(homeDir, { recursive: true, force: true })
  }
}

async function goToUnit(page: import('playwright-core').Page, index: number): Promise<void> {
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
