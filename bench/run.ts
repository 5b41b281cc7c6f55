import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { callApi, launchChromium, REPO_ROOT, startGoldspanWeb } from '../test/e2e/harness'
import { buildNaivePage, measureNaive } from './baseline'
import { measureCoreCommands } from './core'
import { generateDocument, readSeedWords, type BenchDocument, type DesignPoint } from './corpus'
import { writeDesignProject, writeManyDocumentProject } from './projects'
import { measureLabels, measureProjectOpen, measureSaves, measureScroll, openDocument } from './renderer'
import { formatTable, passes, type Row } from './report'

// `npm run bench`: builds the app (the npm script), generates the corpora, serves them with
// `goldspan web` on a temp home, measures in Chromium and with the CLI, prints the table
// and writes bench/results.json. Options: --points S,L,XL  --documents 10000  --labels 200.

const POINTS: readonly DesignPoint[] = [
  { name: 'S', bytes: 200_000, paragraphs: 1_000, spans: 2_000 },
  { name: 'L', bytes: 1_000_000, paragraphs: 5_000, spans: 10_000 },
  { name: 'XL', bytes: 5_000_000, paragraphs: 25_000, spans: 50_000 }
]
const OPEN_FIGURE = 'open → text in view drawn with all its spans'
const OPEN_TARGET_MS: Readonly<Record<string, number>> = { S: 300, L: 1_000, XL: 2_500 }
const SEED = 20_260_101
const ANNOTATOR = 'bench'
const HOTKEYS = ['p', 'o', 'g', 'l', 'd', 'w', 'a', 'c']

const { values: options } = parseArgs({
  options: { points: { type: 'string', default: 'S,L,XL' }, documents: { type: 'string', default: '10000' }, labels: { type: 'string', default: '200' } }
})
const chosen = POINTS.filter((point) => (options.points ?? '').split(',').includes(point.name))
const manyDocuments = Number(options.documents)
const labelCount = Number(options.labels)

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`)
}

async function main(): Promise<void> {
  const loadBefore = loadavg()
  const home = await mkdtemp(join(tmpdir(), 'goldspan-bench-'))
  const rows: Row[] = []
  const web = await startGoldspanWeb({ homeDir: home })
  const browser = await launchChromium()
  try {
    const words = readSeedWords(join(REPO_ROOT, 'seeds'))
    const documents = new Map<string, BenchDocument>(chosen.map((point, index) => [point.name, generateDocument(point, words, SEED + index)]))
    log(`generated ${[...documents].map(([name, document]) => `${name}: ${document.text.length} chars, ${document.spans.length} spans`).join('; ')}`)
    const design = await writeDesignProject(join(home, 'work'), [...documents.values()], ANNOTATOR)
    await callApi(web, 'session:setAnnotator', { name: ANNOTATOR })
    await callApi(web, 'project:open', { dir: design.dir })

    for (const point of chosen) {
      const document = documents.get(point.name) as BenchDocument
      log(`${point.name}: opening ${document.id}`)
      const { context, page, open } = await openDocument(browser, web, document)
      rows.push({ figure: OPEN_FIGURE, point: point.name, value: open.openMs, unit: 'ms', max: OPEN_TARGET_MS[point.name] })
      rows.push({ figure: `spans drawn at open, of the generated spans on the drawn lines (${open.atOpen.drawnSections} sections)`, point: point.name, value: open.atOpen.drawnSpans, unit: '', equals: open.atOpen.expectedSpans })
      rows.push({ figure: 'drawn lines whose text differs from the generated text', point: point.name, value: open.atOpen.textMismatches + open.inMiddle.textMismatches, unit: '', equals: 0 })
      rows.push({ figure: 'spans drawn after scrolling to the middle, of those expected there', point: point.name, value: open.inMiddle.drawnSpans, unit: '', equals: open.inMiddle.expectedSpans })
      rows.push({ figure: 'spans in view without size or underline', point: point.name, value: open.visibleUnpainted, unit: `of ${open.visibleSpans}`, equals: 0 })
      rows.push({ figure: 'longest main-thread task during open', point: point.name, value: open.longestTaskMs, unit: 'ms', max: point.name === 'L' ? 300 : undefined })
      rows.push({ figure: 'JS heap after open', point: point.name, value: open.jsHeapMb, unit: 'MB', max: point.name === 'L' ? 60 : undefined })
      rows.push({ figure: 'DOM elements after open', point: point.name, value: open.domElements, unit: '', max: point.name === 'L' ? 25_000 : undefined })
      if (point.name === 'L') {
        log(`L: labelling ${labelCount} words`)
        const labels = await measureLabels(page, labelCount, HOTKEYS, document)
        rows.push({ figure: `add label, JS, p50 (${labelCount} labels)`, point: 'L', value: labels.jsP50, unit: 'ms' })
        rows.push({ figure: 'add label, JS, p95', point: 'L', value: labels.jsP95, unit: 'ms', max: 8 })
        rows.push({ figure: 'add label, main thread to the next task (JS and any frame before it), p95', point: 'L', value: labels.mainThreadP95, unit: 'ms' })
        rows.push({ figure: 'add label, to next frame, p50', point: 'L', value: labels.paintP50, unit: 'ms' })
        rows.push({ figure: 'add label, to next frame, p95', point: 'L', value: labels.paintP95, unit: 'ms', max: 50 })
        rows.push({ figure: 'new spans drawn after labelling', point: 'L', value: labels.newSpansDrawn, unit: '', equals: labelCount })
        log('L: scrolling top to bottom')
        const scroll = await measureScroll(page)
        rows.push({ figure: `scroll top → bottom: frames over 50 ms (of ${scroll.frames})`, point: 'L', value: scroll.framesOver50, unit: '', max: 0 })
        rows.push({ figure: 'scroll: worst frame', point: 'L', value: scroll.worstFrameMs, unit: 'ms' })
        rows.push({ figure: 'scroll: frames showing an undrawn section', point: 'L', value: scroll.undrawnFrames, unit: '', max: 0 })
        rows.push({ figure: 'scroll: distinct spans drawn on the way (generated + labelled)', point: 'L', value: scroll.spanIdsSeen, unit: '', equals: document.spans.length + labelCount })
        // Let the page's last autosave land before saving through the API ourselves.
        await page.waitForTimeout(2_000)
      }
      await context.close()
      if (point.name === 'L') {
        const saves = await measureSaves(web, document.id, 20)
        rows.push({ figure: `save one change, p50 (${saves.spans} spans, 20 saves, changes only)`, point: 'L', value: saves.changesP50, unit: 'ms' })
        rows.push({ figure: 'save one change, p95 (changes only, as the app saves)', point: 'L', value: saves.changesP95, unit: 'ms', max: 50 })
        rows.push({ figure: 'save one change, p95 (whole document, the first save)', point: 'L', value: saves.wholeP95, unit: 'ms' })
      }
    }

    const naiveUrl = await buildNaivePage(join(home, 'naive'))
    for (const point of chosen.filter((candidate) => candidate.name !== 'XL')) {
      const document = documents.get(point.name) as BenchDocument
      log(`${point.name}: naive baseline`)
      const naive = await measureNaive(browser, naiveUrl, document)
      const ours = rows.find((row) => row.point === point.name && row.figure === OPEN_FIGURE) as Row
      rows.push({ figure: 'naive Tiptap marks: open → painted', point: point.name, value: naive.ms, unit: 'ms' })
      rows.push({ figure: 'naive: spans painted', point: point.name, value: naive.spans, unit: '', equals: document.spans.length })
      rows.push({ figure: 'naive ÷ Goldspan open time', point: point.name, value: naive.ms / ours.value, unit: '×' })
    }

    if (manyDocuments > 0) {
      log(`writing a project of ${manyDocuments} documents through the store`)
      const many = await writeManyDocumentProject(join(home, 'many'), words, manyDocuments, SEED, 'alice')
      const listed = await measureProjectOpen(browser, web, many.dir, manyDocuments)
      rows.push({ figure: `open a ${manyDocuments}-document project (server)`, point: 'core', value: listed.serverMs, unit: 'ms' })
      rows.push({ figure: 'page load → document list shown', point: 'core', value: listed.listMs, unit: 'ms' })
      log('core commands')
      for (const command of await measureCoreCommands(REPO_ROOT, home, many.dir, 'alice', manyDocuments)) {
        rows.push({ figure: `goldspan ${command.name}: ${manyDocuments} documents`, point: 'core', value: command.seconds, unit: 's' })
        rows.push({ figure: `goldspan ${command.name}: throughput`, point: 'core', value: command.documentsPerSecond, unit: 'docs/s' })
        rows.push({ figure: `goldspan ${command.name}: peak RSS`, point: 'core', value: command.peakRssMb, unit: 'MB' })
      }
    }
  } finally {
    await browser.close()
    await web.stop()
    await rm(home, { recursive: true, force: true })
  }
  const loadAfter = loadavg()
  const load = `load average (1/5/15 min) before ${loadBefore.map((value) => value.toFixed(1)).join(' ')}, after ${loadAfter.map((value) => value.toFixed(1)).join(' ')}`
  process.stdout.write(`\n${formatTable(rows)}\n\n${load}\nseed ${SEED}, Chromium headless, viewport 1280×800\n`)
  const results = { date: new Date().toISOString(), load: { before: loadBefore, after: loadAfter }, seed: SEED, rows: rows.map((row) => ({ ...row, pass: passes(row) })) }
  await writeFile(join(REPO_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  const failed = rows.filter((row) => passes(row) === false)
  process.stdout.write(failed.length === 0 ? 'all targets met\n' : `${failed.length} target(s) not met\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
