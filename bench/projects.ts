import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CorpusDocument, DocumentAnnotations, Span } from '../src/core/model'
import { importCorpus, saveAnnotations, type Project } from '../src/core/node'
import { BENCH_LABELS, seededRandom, type BenchDocument, type BenchSpan } from './corpus'

// Bench projects are written through the real store (import, validation, atomic writes),
// so what the app opens is exactly what a user's project would hold.

const CREATED = '2026-01-01T00:00:00.000Z'

function annotationsOf(document: CorpusDocument | undefined, documentId: string, annotator: string, spans: readonly BenchSpan[]): DocumentAnnotations {
  if (!document) throw new Error(`bench project: document ${documentId} missing after import`)
  const full: Span[] = spans.map((span) => ({ ...span, annotator, created: CREATED, updated: CREATED }))
  return { version: 2, documentId, sha256: document.sha256, annotator, status: 'in_progress', offsetUnit: 'utf16', spans: full, relations: [] }
}

/**
 * The small document the app opens by itself when the project is shown (its first
 * document): the measured documents are then opened by a click, as an annotator would.
 */
export const START_DOCUMENT_ID = 'bench-0-start'

/** A project holding the design-point documents, each annotated by `annotator`, after a small start document. */
export async function writeDesignProject(root: string, documents: readonly BenchDocument[], annotator: string): Promise<Project> {
  const corpusDir = join(root, 'design-corpus')
  await mkdir(corpusDir, { recursive: true })
  await writeFile(join(corpusDir, `${START_DOCUMENT_ID}.txt`), 'The benchmark opens its documents from the list.\n')
  for (const document of documents) await writeFile(join(corpusDir, `${document.id}.txt`), document.text)
  const { project } = await importCorpus(join(root, 'design-project'), corpusDir)
  for (const document of documents) {
    const stored = project.documents.find((candidate) => candidate.id === document.id)
    await saveAnnotations(project, annotationsOf(stored, document.id, annotator, document.spans))
  }
  return project
}

/** Writes `items` with at most `parallel` saves in flight (each one fsyncs). */
async function inBatches<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: parallel }, worker))
}

/**
 * A project of `count` short documents (60 words, 8 spans each) annotated by `annotator`.
 * Every save fsyncs, so this takes a while; one annotator is enough (agreement compares
 * the export with a perturbed copy of it, see core.ts).
 */
export async function writeManyDocumentProject(root: string, words: readonly string[], count: number, seed: number, annotator: string): Promise<Project> {
  const random = seededRandom(seed)
  const lines: string[] = []
  const spansById = new Map<string, BenchSpan[]>()
  for (let index = 0; index < count; index++) {
    const id = `doc-${String(index).padStart(5, '0')}`
    let at = Math.floor(random() * words.length)
    const parts: string[] = []
    const spans: BenchSpan[] = []
    let offset = 0
    for (let word = 0; word < 60; word++) {
      const text = words[at++ % words.length] as string
      if (word % 8 === 3) spans.push({ id: `T${spans.length + 1}`, start: offset, end: offset + text.length, label: BENCH_LABELS[Math.floor(random() * BENCH_LABELS.length)] as string })
      parts.push(text)
      offset += text.length + 1
    }
    lines.push(JSON.stringify({ id, text: parts.join(' ') }))
    spansById.set(id, spans)
  }
  await mkdir(root, { recursive: true })
  const corpus = join(root, 'many.jsonl')
  await writeFile(corpus, `${lines.join('\n')}\n`)
  const { project } = await importCorpus(join(root, 'many-project'), corpus)
  const byId = new Map(project.documents.map((document) => [document.id, document]))
  await inBatches([...spansById], 8, ([id, spans]) => saveAnnotations(project, annotationsOf(byId.get(id), id, annotator, spans)).then(() => undefined))
  return project
}
