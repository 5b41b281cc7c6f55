import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { annotationPath, createWorkspace, type Workspace } from '../../../src/core/node'
import { DEFAULT_SEARCH_OPTIONS } from '../../../src/core/search'

const FIXED_NOW = new Date('2026-11-25T10:00:00.000Z')
// "L’" is 2 units: "armée syrienne" at 2-16 and, after " avance. L’" (11 units), at 27-41.
const TEXT_A = 'L’armée syrienne avance. L’armée syrienne recule.\n'
// "😀 " is 3 units: "Armée syrienne" at 3-17.
const TEXT_B = '😀 Armée syrienne.\n'

let root: string
let corpusDir: string
let workspace: Workspace

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-corpus-channels-'))
  corpusDir = join(root, 'news')
  await mkdir(corpusDir)
  await writeFile(join(corpusDir, 'a.txt'), TEXT_A)
  await writeFile(join(corpusDir, 'b.txt'), TEXT_B)
  workspace = await createWorkspace({ homeDir: join(root, 'home'), mode: 'web', defaultCorpus: corpusDir, now: () => FIXED_NOW })
  await workspace.api['session:setAnnotator']({ name: 'ana' })
  await workspace.api['project:openCorpus']({ path: corpusDir })
})

afterEach(async () => {
  await workspace.close()
  await rm(root, { recursive: true, force: true })
})

describe('corpus:search', () => {
  it('finds occurrences in every document with offsets and context', async () => {
    const result = await workspace.api['corpus:search']({ query: 'armée syrienne', options: DEFAULT_SEARCH_OPTIONS })
    expect(result.total).toBe(3)
    expect(result.documentCount).toBe(2)
    expect(result.hits.map((hit) => `${hit.documentId} ${hit.start}-${hit.end} ${hit.match}`)).toEqual(['a 2-16 armée syrienne', 'a 27-41 armée syrienne', 'b 3-17 Armée syrienne'])
    const caseSensitive = await workspace.api['corpus:search']({ query: 'armée syrienne', options: { ...DEFAULT_SEARCH_OPTIONS, caseSensitive: true } })
    expect(caseSensitive.total).toBe(2)
  })

  it('rejects an invalid regex with its reason', async () => {
    await expect(workspace.api['corpus:search']({ query: '[a', options: { ...DEFAULT_SEARCH_OPTIONS, regex: true } })).rejects.toThrow(/invalid regular expression/)
  })
})

describe('corpus:annotateAll', () => {
  const request = { label: 'ORG', documents: [{ documentId: 'a', ranges: [{ start: 2, end: 16 }, { start: 27, end: 41 }] }, { documentId: 'b', ranges: [{ start: 3, end: 17 }] }] }

  it('plans without writing on a dry run', async () => {
    const plan = await workspace.api['corpus:annotateAll']({ ...request, dryRun: true })
    expect(plan.added).toBe(0)
    expect(plan.documents.flatMap((document) => document.verdicts.map((verdict) => verdict.add))).toEqual([true, true, true])
    const dir = (await workspace.api['session:get']({})).project!.dir
    await expect(readFile(annotationPath(dir, 'ana', 'a'))).rejects.toThrow(/ENOENT/)
  })

  it('labels each document in one write, and skips what is already labelled on a second run', async () => {
    const first = await workspace.api['corpus:annotateAll'](request)
    expect(first.added).toBe(3)
    const dir = (await workspace.api['session:get']({})).project!.dir
    const saved = JSON.parse(await readFile(annotationPath(dir, 'ana', 'a'), 'utf8')) as { status: string; spans: { start: number; end: number; label: string }[] }
    expect(saved.status).toBe('in_progress')
    expect(saved.spans.map((span) => `${span.start}-${span.end} ${span.label}`)).toEqual(['2-16 ORG', '27-41 ORG'])
    const second = await workspace.api['corpus:annotateAll'](request)
    expect(second.added).toBe(0)
    expect(second.documents[0]?.verdicts.map((verdict) => verdict.reason)).toEqual(['already labelled (T1)', 'already labelled (T2)'])
  })

  it('reports an unreadable annotation file and leaves it as it was', async () => {
    const dir = (await workspace.api['session:get']({})).project!.dir
    const file = annotationPath(dir, 'ana', 'b')
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(file, '{ not json')
    const result = await workspace.api['corpus:annotateAll'](request)
    expect(result.added).toBe(2)
    expect(result.documents[1]?.error).toMatch(/b\.json/)
    expect(await readFile(file, 'utf8')).toBe('{ not json')
  })
})
