import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acceptSuggestions, applyDocumentOperation, pendingSuggestions, rejectSuggestions } from '../../../../src/core/annotations'
import { suggestionKey, type DocumentAnnotations } from '../../../../src/core/model'
import { importCorpus, loadAnnotations, saveAnnotations, selectExportRecords, sha256Hex, type Project } from '../../../../src/core/node'
import { importAnnotationFile } from '../../../../src/core/node/interchange/importAnnotationFile'
import { loadSuggestions, suggestionPath } from '../../../../src/core/node/suggestions/suggestionLayer'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()
const T = '2026-11-25T19:00:00.000Z'
// "Ada met Bob in Rome." : Ada 0-3, Bob 8-11, Rome 15-19.
const TEXT_A = 'Ada met Bob in Rome.'
const TEXT_B = 'Oslo 🙂 Paris'

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  await writeFile(corpus, `${JSON.stringify({ id: 'a', text: TEXT_A })}\n${JSON.stringify({ id: 'b', text: TEXT_B })}\n`)
  return (await importCorpus(dir, corpus)).project
}

/** A model's predictions as goldspan JSONL, offsets in code points (Paris starts at code point 7, UTF-16 8). */
function predictions(): string {
  const record = (id: string, text: string, entities: [number, number, string][], unit: 'codepoint' | 'utf16') =>
    JSON.stringify({
      id,
      text,
      sha256: sha256Hex(text),
      offset_unit: unit,
      entities: entities.map(([start, end, label], index) => ({ id: `T${index + 1}`, start, end, label, text: [...text].slice(start, end).join('') })),
      events: [],
      relations: [],
      meta: { annotator: 'model', status: 'in_progress', schema: { name: 'default', version: 1 }, exported_at: T, format: 'goldspan', format_version: 2 }
    })
  return `${record('a', TEXT_A, [[0, 3, 'PER'], [8, 11, 'PER'], [15, 19, 'GPE']], 'codepoint')}\n${record('b', TEXT_B, [[0, 4, 'GPE'], [7, 12, 'GPE']], 'codepoint')}\n`
}

async function importPredictions(project: Project, content = predictions()): Promise<Awaited<ReturnType<typeof importAnnotationFile>>> {
  const file = join(project.dir, 'predictions.jsonl')
  await writeFile(file, content)
  return importAnnotationFile(project, { path: file, format: 'auto', target: { model: 'ner-v1' } }, T)
}

describe('suggestions (pre-annotation)', () => {
  it('imports predictions as a separate layer with the model as provenance, converting offsets to UTF-16', async () => {
    const project = await makeProject()
    const report = await importPredictions(project)
    expect(report).toMatchObject({ format: 'goldspan', written: true, documentCount: 2, spanCount: 5, problems: [] })
    const stored = JSON.parse(await readFile(suggestionPath(project.dir, 'ner-v1', 'b'), 'utf8'))
    expect(stored.suggestions).toEqual([
      { start: 0, end: 4, label: 'GPE' },
      { start: 8, end: 13, label: 'GPE' }
    ])
    const { suggestions } = await loadSuggestions(project, project.documents[1]!)
    expect(suggestions.map((suggestion) => TEXT_B.slice(suggestion.start, suggestion.end))).toEqual(['Oslo', 'Paris'])
    expect(suggestions.every((suggestion) => suggestion.model === 'ner-v1')).toBe(true)
    // Nobody's annotations were touched: the annotator folder does not exist.
    expect(await readdir(join(project.dir, 'annotations')).catch(() => [])).toEqual([])
  })

  it('exports accepted suggestions with their provenance kept in the store, and never rejected or pending ones', async () => {
    const project = await makeProject()
    await importPredictions(project)
    const document = project.documents[0]!
    const { suggestions } = await loadSuggestions(project, document)
    let annotations: DocumentAnnotations = await loadAnnotations(project, 'alice', 'a')
    const [ada, bob, rome] = pendingSuggestions(annotations, suggestions)
    annotations = acceptSuggestions(annotations, [ada!], T).annotations
    annotations = rejectSuggestions(annotations, [bob!]).annotations
    // Rome stays pending: neither accepted nor rejected.
    expect(pendingSuggestions(annotations, suggestions)).toEqual([rome])
    await saveAnnotations(project, annotations)

    const reread = await loadAnnotations(project, 'alice', 'a')
    expect(reread.spans).toHaveLength(1)
    expect(reread.spans[0]).toMatchObject({ start: 0, end: 3, label: 'PER', annotator: 'alice', suggestedBy: { model: 'ner-v1', suggestion: 'ner-v1/0-3/PER' } })
    expect(reread.rejectedSuggestions).toEqual(['ner-v1/8-11/PER'])

    const { records } = await selectExportRecords(project, 'alice', { offsetUnit: 'utf16', exportedAt: T })
    const exported = records.find((record) => record.id === 'a')!
    expect(exported.entities.map((entity) => entity.text)).toEqual(['Ada'])
    // Document b was never opened: its two suggestions are not in the export either.
    expect(records.find((record) => record.id === 'b')!.entities).toEqual([])
  })

  it('undoes an accept and a reject exactly, each as one operation', async () => {
    const project = await makeProject()
    await importPredictions(project)
    const { suggestions } = await loadSuggestions(project, project.documents[0]!)
    const before = await loadAnnotations(project, 'alice', 'a')
    const accepted = acceptSuggestions(before, suggestions.filter((suggestion) => suggestion.label === 'PER'), T)
    expect(accepted.annotations.spans.map((span) => span.id)).toEqual(['T1', 'T2'])
    expect(applyDocumentOperation(accepted.annotations, accepted.inverse).annotations).toEqual(before)
    const rejected = rejectSuggestions(accepted.annotations, [suggestions[2]!])
    expect(rejected.annotations.rejectedSuggestions).toEqual([suggestionKey(suggestions[2]!)])
    expect(applyDocumentOperation(rejected.annotations, rejected.inverse).annotations).toEqual(accepted.annotations)
  })

  it('hides a suggestion the annotator already marked by hand', async () => {
    const project = await makeProject()
    await importPredictions(project)
    const { suggestions } = await loadSuggestions(project, project.documents[0]!)
    const annotations: DocumentAnnotations = {
      ...(await loadAnnotations(project, 'alice', 'a')),
      spans: [{ id: 'T1', start: 15, end: 19, label: 'GPE', annotator: 'alice', created: T, updated: T }]
    }
    expect(pendingSuggestions(annotations, suggestions).map((suggestion) => suggestion.start)).toEqual([0, 8])
  })

  it('writes nothing when a line is wrong, and names file and line', async () => {
    const project = await makeProject()
    const lines = predictions().split('\n')
    const broken = `${lines[0]}\n${lines[1]!.replace('"GPE"', '"PLANET"')}\n`
    const report = await importPredictions(project, broken)
    expect(report.written).toBe(false)
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatch(/predictions\.jsonl:2: .*PLANET/)
    await expect(readFile(suggestionPath(project.dir, 'ner-v1', 'a'))).rejects.toThrow(/ENOENT/)
  })

  it('reads a version-2 file written before suggestions existed unchanged', async () => {
    const project = await makeProject()
    const old = { version: 2, documentId: 'a', sha256: sha256Hex(TEXT_A), annotator: 'alice', status: 'in_progress', offsetUnit: 'utf16', spans: [{ id: 'T1', start: 0, end: 3, label: 'PER', annotator: 'alice', created: T, updated: T }], relations: [] }
    await saveAnnotations(project, old as DocumentAnnotations)
    const reread = await loadAnnotations(project, 'alice', 'a')
    expect(reread).toEqual(old)
    expect('rejectedSuggestions' in reread).toBe(false)
  })
})
