import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { expect } from 'vitest'
import { importCorpus, saveAnnotations, sha256Hex, type CorpusLimits, type Project, type ProjectConfig } from '../../../../src/core/node'
import type { DocumentAnnotations, Span } from '../../../../src/core/model'

/** A project with saved work, and a folder beside it (outside the project) for the bad corpora. */
export interface CatalogueEnv {
  readonly root: string
  readonly projectDir: string
  project: Project
}

// utf16 offsets: P0 a1 r2 i3 s4 ␠5 😀6-7 ␠8 D9 a10 m11 a12 s13 → length 14
export const EMOJI_TEXT = 'Paris \u{1F600} Damas'
export const T = '2026-01-02T03:04:05.000Z'

export function span(id: string, start: number, end: number, label: string): Span {
  return { id, start, end, label, annotator: 'alice', created: T, updated: T }
}

export function annotations(documentId: string, text: string, spans: Span[]): DocumentAnnotations {
  return { version: 2, documentId, sha256: sha256Hex(text), annotator: 'alice', status: 'in_progress', offsetUnit: 'utf16', spans, relations: [] }
}

export async function makeCatalogueEnv(root: string): Promise<CatalogueEnv> {
  const projectDir = join(root, 'project')
  const corpus = join(root, 'base.jsonl')
  await writeFile(corpus, [{ id: 'emoji', text: EMOJI_TEXT }, { id: 'b', text: 'Bachar al-Assad' }, { id: 'c', text: 'Alep' }].map((record) => JSON.stringify(record)).join('\n') + '\n')
  const { project } = await importCorpus(projectDir, corpus)
  await saveAnnotations(project, annotations('emoji', EMOJI_TEXT, [span('T1', 0, 5, 'GPE'), span('T2', 6, 8, 'LOC')]))
  await saveAnnotations(project, annotations('b', 'Bachar al-Assad', [span('T1', 0, 15, 'PER')]))
  return { root, projectDir, project }
}

/** The outcome of importing a corpus, one line per problem and note, then what was added. */
export async function importMessages(env: CatalogueEnv, path: string, limits?: CorpusLimits): Promise<string> {
  const { problems, notes, added } = await importCorpus(env.projectDir, path, limits ? { limits } : {})
  return [...problems.map((problem) => `${problem.file}: ${problem.reason}`), ...notes, ...(added.length > 0 ? [`added ${added.join(', ')}`] : [])].join('\n')
}

/** `Name: message` of what `work` throws, or `no error`. */
export async function errorOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work()
    return 'no error'
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  }
}

const CONFIG = 'goldspan.json'

async function hashFiles(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = relative(dir, join(entry.parentPath, entry.name))
    if (path === CONFIG || path === `${CONFIG}.bak`) continue
    hashes.set(path, createHash('sha256').update(await readFile(join(dir, path))).digest('hex'))
  }
  return hashes
}

/** Every file of the project by hash, and goldspan.json, whose documents and annotators may only grow. */
export interface ProjectSnapshot {
  readonly files: Map<string, string>
  /** goldspan.json parsed, or its raw text when a case broke it on purpose. */
  readonly config: ProjectConfig | string
}

export async function snapshotProject(dir: string): Promise<ProjectSnapshot> {
  const text = await readFile(join(dir, CONFIG), 'utf8')
  let config: ProjectConfig | string
  try {
    config = JSON.parse(text) as ProjectConfig
  } catch {
    config = text
  }
  return { files: await hashFiles(dir), config }
}

export function expectNothingSavedChanged(before: ProjectSnapshot, after: ProjectSnapshot): void {
  expect(after.files).toEqual(before.files)
  if (typeof before.config === 'string' || typeof after.config === 'string') {
    expect(after.config).toEqual(before.config)
    return
  }
  expect(after.config.schema).toEqual(before.config.schema)
  expect(after.config.documents.slice(0, before.config.documents.length)).toEqual(before.config.documents)
  expect(after.config.annotators).toEqual(expect.arrayContaining(before.config.annotators))
}
