import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Locator, Page } from 'playwright-core'
import { REPO_ROOT } from './harness'

// Helpers for the end-to-end annotation sessions on the seeds: expected spans computed from
// the seed files alone, what the editor shows, the project files on disk, the exported JSONL.

const run = promisify(execFile)

export const SEEDS_DIR = join(REPO_ROOT, 'seeds')

/** A span as the tests state it: UTF-16 offsets (as in project files), end-exclusive. */
export interface ExpectedSpan {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
}

export function readSeed(documentId: string): Promise<string> {
  return readFile(join(SEEDS_DIR, `${documentId}.txt`), 'utf8')
}

/**
 * The `occurrence`-th (1-based) occurrence of `quote` in `text`, at or after `from`, found
 * with indexOf: the tests never take offsets from the app.
 */
export function spanOf(text: string, quote: string, label: string, options: { occurrence?: number; from?: number } = {}): ExpectedSpan {
  let start = (options.from ?? 0) - 1
  for (let seen = 0; seen < (options.occurrence ?? 1); seen++) {
    start = text.indexOf(quote, start + 1)
    if (start < 0) throw new Error(`"${quote}" occurs fewer than ${options.occurrence ?? 1} times after ${options.from ?? 0}`)
  }
  return { start, end: start + quote.length, label, text: quote }
}

/** A UTF-16 offset as a code point offset (how Python, and the default export, count). */
export function toCodePoints(text: string, utf16Offset: number): number {
  return [...text.slice(0, utf16Offset)].length
}

/** "start end label text", sortable, for comparing sets of spans with readable diffs. */
export function spanKey(span: { start: number; end: number; label: string; text: string }): string {
  return `${span.start} ${span.end} ${span.label} ${span.text}`
}

export function editorFor(page: Page, documentId: string): Locator {
  return page.locator(`[data-testid="editor"][data-document-id=${JSON.stringify(documentId)}]`)
}

/** The editor's text: its paragraphs' text, one per line (every seed uses "\n" only). */
export function editorText(page: Page): Promise<string> {
  return page.getByTestId('editor').evaluate((editor: HTMLElement) => [...editor.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '').join('\n'))
}

/** What the text selection layer shows (the word cursor or a snapped selection). */
export function selectedText(page: Page): Promise<string> {
  return page.getByTestId('editor').evaluate((editor: HTMLElement) =>
    [...editor.querySelectorAll('[data-testid="text-selection"]')].map((element) => element.textContent ?? '').join('')
  )
}

export interface DrawnSpan {
  readonly id: string
  readonly label: string
  readonly text: string
  readonly depth: number
  /** Visible boxes (width and height above zero) of the span's elements. */
  readonly boxes: number
}

/** Every span drawn in the editor, by id: its label, its text (all its pieces), its lane. */
export function drawnSpans(page: Page): Promise<DrawnSpan[]> {
  return page.getByTestId('editor').evaluate((editor: HTMLElement) => {
    const byId = new Map<string, { id: string; label: string; text: string; depth: number; boxes: number }>()
    for (const element of editor.querySelectorAll<HTMLElement>('[data-span-id]')) {
      const id = element.dataset.spanId ?? ''
      const drawn = byId.get(id) ?? { id, label: element.dataset.label ?? '', text: '', depth: Number(element.dataset.depth), boxes: 0 }
      // Spans nested or overlapping split a span into pieces; count a piece inside another piece of the same span once.
      if (!element.parentElement?.closest(`[data-span-id="${CSS.escape(id)}"]`)) drawn.text += element.textContent ?? ''
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.height > 0) drawn.boxes++
      byId.set(id, drawn)
    }
    return [...byId.values()]
  })
}

interface Box {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

/** Where text[start, end) (within one paragraph) is drawn: its first and last line boxes (the same when it does not wrap). */
export async function textBoxes(page: Page, text: string, start: number, end: number): Promise<{ first: Box; last: Box }> {
  const line = text.slice(0, start).split('\n').length - 1
  const column = start - (text.lastIndexOf('\n', start - 1) + 1)
  return page.getByTestId('editor').evaluate(
    (editor: HTMLElement, where: { line: number; column: number; length: number }) => {
      const paragraph = editor.querySelectorAll('p')[where.line]
      if (!paragraph) throw new Error(`no paragraph ${where.line}`)
      // The node and offset at a column; a column at a node's end may be the next node's start.
      const locate = (column: number): [Node, number] => {
        let remaining = column
        const nodes = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
        let previous: Node | null = null
        for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
          const length = (node.textContent ?? '').length
          if (remaining < length) return [node, remaining]
          remaining -= length
          previous = node
        }
        if (previous && remaining === 0) return [previous, (previous.textContent ?? '').length]
        throw new Error(`column ${column} is beyond line ${where.line}`)
      }
      const range = document.createRange()
      range.setStart(...locate(where.column))
      range.setEnd(...locate(where.column + where.length))
      // Mouse events only reach what is on screen: bring the text into the editor's view first.
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
      const box = (rect: DOMRect | undefined) => {
        if (!rect) throw new Error(`columns ${where.column}+${where.length} of line ${where.line} are not drawn`)
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }
      }
      return { first: box(rects[0]), last: box(rects.at(-1)) }
    },
    { line, column, length: end - start }
  )
}

/** Drags the mouse over text[start, end) (one paragraph), from inside its first to inside its last character. */
export async function dragOver(page: Page, text: string, start: number, end: number): Promise<void> {
  const { first, last } = await textBoxes(page, text, start, end)
  await page.mouse.move(first.left + 2, (first.top + first.bottom) / 2)
  await page.mouse.down()
  await page.mouse.move((first.left + last.right) / 2, (first.top + last.bottom) / 2, { steps: 3 })
  await page.mouse.move(last.right - 2, (last.top + last.bottom) / 2, { steps: 3 })
  await page.mouse.up()
}

/** Clicks inside text[start, end) (a word or two), at the middle of its first line box. */
export async function clickText(page: Page, text: string, start: number, end: number): Promise<void> {
  const { first } = await textBoxes(page, text, start, end)
  await page.mouse.click((first.left + first.right) / 2, (first.top + first.bottom) / 2)
}

/** Waits until the top bar says every change is on disk. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-indicator"][data-state="saved"]').waitFor({ timeout: 15_000 })
}

export interface AnnotationFile {
  readonly documentId: string
  readonly annotator: string
  readonly status: string
  readonly offsetUnit: string
  readonly spans: readonly { id: string; start: number; end: number; label: string; annotator: string }[]
}

/** `<home>/projects/<the one project>/annotations/<annotator>/<doc>.json`, parsed. */
export async function readAnnotationFile(homeDir: string, annotator: string, documentId: string): Promise<AnnotationFile> {
  const projects = await readdir(join(homeDir, 'projects'))
  if (projects.length !== 1) throw new Error(`expected one project in ${homeDir}/projects, found ${projects.join(', ') || 'none'}`)
  const path = join(homeDir, 'projects', projects[0] as string, 'annotations', annotator, `${documentId}.json`)
  return JSON.parse(await readFile(path, 'utf8')) as AnnotationFile
}

/** Exports through the Export dialog as it opens (goldspan JSONL, code points, my layer), saves the download (web mode) to `path`; returns its suggested file name. */
export async function exportByButton(page: Page, path: string): Promise<string> {
  await page.getByTestId('export-button').click()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByTestId('export-submit').click()])
  await download.saveAs(path)
  await page.getByTestId('export-close').click()
  return download.suggestedFilename()
}

export interface ExportedEntity {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
  readonly suggested_by?: { readonly model: string; readonly suggestion: string }
}

export interface ExportedRecord {
  readonly id: string
  readonly text: string
  readonly offset_unit: string
  readonly entities: readonly ExportedEntity[]
  readonly events: readonly unknown[]
  readonly meta: { readonly annotator: string; readonly status: string }
}

export async function readExport(path: string): Promise<ExportedRecord[]> {
  const content = await readFile(path, 'utf8')
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExportedRecord)
}

/** `goldspan validate FILE`'s report; throws (with its output) when the file has problems. */
export async function goldspanValidate(path: string): Promise<string> {
  const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'bin', 'goldspan.mjs'), 'validate', path], { cwd: REPO_ROOT })
  return stdout.trim()
}

/** The independent Python checker's report (test/fixtures/check_offsets.py); throws on any problem. */
export async function checkOffsetsInPython(path: string): Promise<string> {
  const { stdout } = await run('python3', [join(REPO_ROOT, 'test', 'fixtures', 'check_offsets.py'), path], { cwd: REPO_ROOT })
  return stdout.trim()
}
