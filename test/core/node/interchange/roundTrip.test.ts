import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ANNOTATION_FORMATS } from '../../../../src/core/api'
import { importCorpus, saveAnnotations, sha256Hex, type Project } from '../../../../src/core/node'
import { buildExport } from '../../../../src/core/node/interchange/buildExport'
import { importAnnotationFile } from '../../../../src/core/node/interchange/importAnnotationFile'
import { writeExport } from '../../../../src/core/node/interchange/writeExport'
import { loadSuggestions } from '../../../../src/core/node/suggestions/suggestionLayer'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()
const T = '2026-11-25T20:10:00.000Z'
// An emoji (two UTF-16 units) before the names: every unit conversion is exercised.
const TEXT = 'Le 😀 général Ada quitte Rome pour Oslo.'
const SPANS = [
  { start: TEXT.indexOf('Ada'), end: TEXT.indexOf('Ada') + 3, label: 'PER' },
  { start: TEXT.indexOf('Rome'), end: TEXT.indexOf('Rome') + 4, label: 'GPE' },
  { start: TEXT.indexOf('Oslo'), end: TEXT.indexOf('Oslo') + 4, label: 'GPE' }
]

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  await writeFile(corpus, `${JSON.stringify({ id: 'a', text: TEXT })}\n`)
  const { project } = await importCorpus(dir, corpus)
  const spans = SPANS.map((span, index) => ({ id: `T${index + 1}`, ...span, annotator: 'ana', created: T, updated: T }))
  await saveAnnotations(project, { version: 2, documentId: 'a', sha256: sha256Hex(TEXT), annotator: 'ana', status: 'done', offsetUnit: 'utf16', spans, relations: [] })
  return project
}

describe('every dialog format: export a layer, import it back as suggestions', () => {
  it.each(ANNOTATION_FORMATS)('%s gives back the same spans', async (format) => {
    const project = await makeProject()
    const built = await buildExport(project, { format, offsetUnit: 'codepoint', layer: { annotator: 'ana' } }, T)
    const out = join(await makeTempDir(), built.name)
    await writeExport(built, out)
    const report = await importAnnotationFile(project, { path: out, format: 'auto', target: { model: 'roundtrip' } }, T)
    expect(report.problems).toEqual([])
    expect(report.format).toBe(format)
    const { suggestions } = await loadSuggestions(project, project.documents[0]!)
    expect(suggestions.map(({ start, end, label }) => ({ start, end, label }))).toEqual(SPANS)
  })
})
