import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  AnnotationFileError,
  importCorpus,
  listAnnotations,
  listAnnotators,
  loadAnnotations,
  openProject,
  ProjectError,
  saveAnnotations,
  sha256Hex,
  type Project
} from '../../../../src/core/node'
import type { DocumentAnnotations, Span } from '../../../../src/core/model'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()

// utf16 offsets, counted by hand:
// P0 a1 r2 i3 s4 ␠5 😀6-7 ␠8 D9 a10 m11 a12 s13 CR14 LF15 C16 a17 f18 e19 ◌́20 → length 21
const EMOJI_TEXT = 'Paris \u{1F600} Damas\r\nCafe\u0301'
const T = '2026-01-02T03:04:05.000Z'

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  const records = [
    { id: 'emoji', text: EMOJI_TEXT },
    { id: 'b', text: 'Bachar al-Assad' },
    { id: 'c', text: 'Alep' }
  ]
  await writeFile(corpus, records.map((record) => JSON.stringify(record)).join('\n'))
  return (await importCorpus(dir, corpus)).project
}

function span(id: string, start: number, end: number, label: string): Span {
  return { id, start, end, label, annotator: 'alice', created: T, updated: T }
}

function annotations(documentId: string, text: string, spans: Span[], annotator = 'alice'): DocumentAnnotations {
  return { version: 2, documentId, sha256: sha256Hex(text), annotator, status: 'in_progress', offsetUnit: 'utf16', spans, relations: [] }
}

const file = (project: Project, annotator: string, id: string) => join(project.dir, 'annotations', annotator, `${id}.json`)

describe('loadAnnotations / saveAnnotations', () => {
  it('gives empty todo annotations when there is no file yet', async () => {
    const project = await makeProject()
    expect(await loadAnnotations(project, 'alice', 'c')).toEqual({
      version: 2,
      documentId: 'c',
      sha256: sha256Hex('Alep'),
      annotator: 'alice',
      status: 'todo',
      offsetUnit: 'utf16',
      spans: [],
      relations: []
    })
  })

  it('round-trips, writing keys in fixed order, spans sorted by start, end, label, id, and a trailing newline', async () => {
    const project = await makeProject()
    const scrambled = { updated: T, created: T, annotator: 'alice', label: 'GPE', end: 14, start: 9, id: 'T1' }
    const input = annotations('emoji', EMOJI_TEXT, [span('T3', 0, 5, 'LOC'), scrambled, span('T2', 0, 5, 'GPE'), span('T4', 0, 8, 'LOC')])
    await saveAnnotations(project, input)
    const spanJson = (id: string, start: number, end: number, label: string) =>
      `    {\n      "id": "${id}",\n      "start": ${start},\n      "end": ${end},\n      "label": "${label}",\n      "annotator": "alice",\n      "created": "${T}",\n      "updated": "${T}"\n    }`
    const expected =
      '{\n' +
      '  "version": 2,\n' +
      '  "documentId": "emoji",\n' +
      `  "sha256": "${sha256Hex(EMOJI_TEXT)}",\n` +
      '  "annotator": "alice",\n' +
      '  "status": "in_progress",\n' +
      '  "offsetUnit": "utf16",\n' +
      '  "spans": [\n' +
      [spanJson('T2', 0, 5, 'GPE'), spanJson('T3', 0, 5, 'LOC'), spanJson('T4', 0, 8, 'LOC'), spanJson('T1', 9, 14, 'GPE')].join(',\n') +
      '\n  ],\n  "relations": []\n}\n'
    expect(await readFile(file(project, 'alice', 'emoji'), 'utf8')).toBe(expected)
    const loaded = await loadAnnotations(await openProject(project.dir), 'alice', 'emoji')
    expect(loaded.spans.map((s) => s.id)).toEqual(['T2', 'T3', 'T4', 'T1'])
    expect(EMOJI_TEXT.slice(loaded.spans[3]!.start, loaded.spans[3]!.end)).toBe('Damas')
  })

  it('keeps the previous version as .bak', async () => {
    const project = await makeProject()
    await saveAnnotations(project, annotations('c', 'Alep', [span('T1', 0, 4, 'GPE')]))
    const first = await readFile(file(project, 'alice', 'c'))
    await saveAnnotations(project, { ...annotations('c', 'Alep', [span('T1', 0, 4, 'LOC')]), status: 'done' })
    expect((await readFile(`${file(project, 'alice', 'c')}.bak`)).equals(first)).toBe(true)
    expect((await loadAnnotations(project, 'alice', 'c')).status).toBe('done')
  })

  it.each([
    ['an offset past the end', span('T1', 0, 22, 'GPE'), 'span "T1" (0-22 GPE): offsets 0-22 are outside the text (length 21)'],
    ['a negative offset', span('T1', -1, 3, 'GPE'), 'invalid annotations: spans[1].start: '],
    ['an empty span', span('T1', 5, 5, 'GPE'), 'span "T1" (5-5 GPE): span 5-5 is empty or reversed'],
    ['a start inside the emoji', span('T1', 7, 14, 'GPE'), 'span "T1" (7-14 GPE): start 7 splits a surrogate pair'],
    ['an end inside the emoji', span('T1', 0, 7, 'GPE'), 'span "T1" (0-7 GPE): end 7 splits a surrogate pair'],
    ['an unknown label', span('T1', 9, 14, 'CITY'), 'span "T1" (9-14 CITY): unknown label "CITY"']
  ])('refuses to save %s, naming the file, and writes nothing', async (_name, bad, reason) => {
    const project = await makeProject()
    const error = await saveAnnotations(project, annotations('emoji', EMOJI_TEXT, [span('T0', 0, 5, 'GPE'), bad])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AnnotationFileError)
    expect((error as Error).message).toContain(`${file(project, 'alice', 'emoji')}: not saved: ${reason}`)
    await expect(readdir(join(project.dir, 'annotations'))).rejects.toThrow(/ENOENT/)
  })

  it('refuses annotations made on another text (sha256 mismatch) and duplicate span ids', async () => {
    const project = await makeProject()
    const other = { ...annotations('c', 'Alep', []), sha256: sha256Hex('Alep!') }
    await expect(saveAnnotations(project, other)).rejects.toThrow(
      `${file(project, 'alice', 'c')}: not saved: sha256 ${sha256Hex('Alep!')} does not match the document's text (${sha256Hex('Alep')}); the offsets were made on another text`
    )
    const twice = annotations('c', 'Alep', [span('T1', 0, 4, 'GPE'), span('T1', 0, 2, 'LOC')])
    await expect(saveAnnotations(project, twice)).rejects.toThrow('not saved: duplicate span id "T1"')
  })

  it('throws ProjectError for an unknown document or an unusable annotator name', async () => {
    const project = await makeProject()
    await expect(loadAnnotations(project, 'alice', 'nope')).rejects.toThrow(ProjectError)
    await expect(loadAnnotations(project, '../x', 'c')).rejects.toThrow('annotator name "../x" must be')
    await expect(saveAnnotations(project, annotations('c', 'Alep', [], '..'))).rejects.toThrow(ProjectError)
  })
})

describe('a corrupt annotation file', () => {
  it('is reported by name, left byte-identical, never overwritten, and the other documents still load', async () => {
    const project = await makeProject()
    await saveAnnotations(project, annotations('emoji', EMOJI_TEXT, [span('T1', 9, 14, 'GPE')]))
    await saveAnnotations(project, annotations('b', 'Bachar al-Assad', [span('T1', 0, 15, 'PER')]))
    const bad = file(project, 'alice', 'b')
    const truncated = (await readFile(bad)).subarray(0, 150)
    await writeFile(bad, truncated)

    const loadError = await loadAnnotations(project, 'alice', 'b').catch((e: unknown) => e)
    expect(loadError).toBeInstanceOf(AnnotationFileError)
    expect((loadError as AnnotationFileError).file).toBe(bad)
    expect((loadError as Error).message).toMatch(new RegExp(`^${bad}: not valid JSON at line \\d+, column \\d+ \\(`))

    const { byDocument, problems } = await listAnnotations(project, 'alice')
    expect([...byDocument.keys()]).toEqual(['emoji', 'c'])
    expect(byDocument.get('emoji')?.spans).toHaveLength(1)
    expect(problems).toEqual([{ file: bad, reason: (loadError as AnnotationFileError).reason }])

    await expect(saveAnnotations(project, annotations('b', 'Bachar al-Assad', []))).rejects.toThrow(
      `${bad}: not overwritten: the file on disk is unreadable (not valid JSON`
    )
    expect((await readFile(bad)).equals(truncated)).toBe(true)
    await saveAnnotations(project, annotations('c', 'Alep', [span('T1', 0, 4, 'GPE')]))
  })

  it('is rejected on read when it parses but does not fit the text or schema', async () => {
    const project = await makeProject()
    const target = file(project, 'alice', 'c')
    await saveAnnotations(project, annotations('c', 'Alep', []))
    const content = `${JSON.stringify(annotations('c', 'Alep', [span('T1', 0, 4, 'CITY')]), null, 2)}\n`
    await writeFile(target, content)
    await expect(loadAnnotations(project, 'alice', 'c')).rejects.toThrow(`${target}: span "T1" (0-4 CITY): unknown label "CITY"`)
    await writeFile(target, JSON.stringify(annotations('b', 'Bachar al-Assad', [])))
    await expect(loadAnnotations(project, 'alice', 'c')).rejects.toThrow(`${target}: documentId "b" does not match document "c"`)
  })
})

describe('listAnnotations / listAnnotators', () => {
  it('reports a file for a document the project does not have', async () => {
    const project = await makeProject()
    await saveAnnotations(project, annotations('c', 'Alep', []))
    const stray = join(project.dir, 'annotations', 'alice', 'gone.json')
    await writeFile(stray, '{}')
    const { byDocument, problems } = await listAnnotations(project, 'alice')
    expect(byDocument.size).toBe(3)
    expect(problems).toEqual([{ file: stray, reason: 'no such document in the project (file left as is)' }])
  })

  it('lists annotators with a folder or in goldspan.json, gold included, sorted', async () => {
    const project = await makeProject()
    expect(await listAnnotators(project)).toEqual([])
    await saveAnnotations(project, annotations('c', 'Alep', [], 'zoé'))
    await saveAnnotations(project, annotations('c', 'Alep', [], 'gold'))
    await saveAnnotations(project, annotations('b', 'Bachar al-Assad', [], 'alice'))
    expect(await listAnnotators(project)).toEqual(['alice', 'gold', 'zoé'])
    expect(project.config.annotators).toEqual(['alice', 'gold', 'zoé'])
    expect(JSON.parse(await readFile(join(project.dir, 'goldspan.json'), 'utf8')).annotators).toEqual(['alice', 'gold', 'zoé'])
    expect(await listAnnotators(await openProject(project.dir))).toEqual(['alice', 'gold', 'zoé'])
  })
})

describe('saves started together', () => {
  it('land in call order: the last call is on disk and the one before it is the .bak', async () => {
    const project = await makeProject()
    const saves = Array.from({ length: 12 }, (_, index) =>
      saveAnnotations(project, annotations('c', 'Alep', [span(`T${index}`, 0, 4, 'GPE')]))
    )
    await Promise.all(saves)
    expect((await loadAnnotations(project, 'alice', 'c')).spans.map((s) => s.id)).toEqual(['T11'])
    expect(JSON.parse(await readFile(`${file(project, 'alice', 'c')}.bak`, 'utf8')).spans[0].id).toBe('T10')
  })
})
