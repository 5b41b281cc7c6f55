import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations } from '../../../../src/core/model'
import { importCorpus, saveAnnotations, sha256Hex, type Project } from '../../../../src/core/node'
import { sniffJsonlFormat, formatFromPath } from '../../../../src/core/node/interchange/annotationFormats'
import { buildExport } from '../../../../src/core/node/interchange/buildExport'
import { ExportDestinationError, writeExport } from '../../../../src/core/node/interchange/writeExport'
import type { JobControl } from '../../../../src/core/node/jobs/jobRunner'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()
const T = '2026-11-25T20:00:00.000Z'
// "😀 Ada à Rome." : Ada is 3-6 in UTF-16, 2-5 in code points; Rome 9-13 / 8-12.
const TEXTS: Record<string, string> = { a: '😀 Ada à Rome.', b: 'Bob.' }

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  await writeFile(corpus, Object.entries(TEXTS).map(([id, text]) => JSON.stringify({ id, text })).join('\n'))
  const { project } = await importCorpus(dir, corpus)
  const annotations: DocumentAnnotations = {
    version: 2,
    documentId: 'a',
    sha256: sha256Hex(TEXTS.a!),
    annotator: 'ana',
    status: 'done',
    offsetUnit: 'utf16',
    spans: [
      { id: 'T1', start: 3, end: 6, label: 'PER', annotator: 'ana', created: T, updated: T },
      { id: 'T2', start: 9, end: 13, label: 'GPE', annotator: 'ana', created: T, updated: T }
    ],
    relations: []
  }
  await saveAnnotations(project, annotations)
  return project
}

describe('buildExport and writeExport', () => {
  it('writes doccano in its own default unit (UTF-16, see docs/formats.md), whatever unit was asked for goldspan', async () => {
    const project = await makeProject()
    const built = await buildExport(project, { format: 'doccano', offsetUnit: 'utf16', layer: { annotator: 'ana' } }, T)
    expect(built.name).toMatch(/-ana-doccano\.jsonl$/)
    expect(built.documentCount).toBe(2)
    expect(built.spanCount).toBe(2)
    const out = join(await makeTempDir(), 'out.jsonl')
    await writeExport(built, out)
    const first = JSON.parse((await readFile(out, 'utf8')).split('\n')[0]!)
    expect(first.text).toBe(TEXTS.a)
    expect(first.label).toEqual([
      [3, 6, 'PER'],
      [9, 13, 'GPE']
    ])
    expect(await readdir(join(out, '..'))).toEqual(['out.jsonl'])
  })

  it('writes goldspan in the unit asked', async () => {
    const project = await makeProject()
    const built = await buildExport(project, { format: 'goldspan', offsetUnit: 'codepoint', layer: { annotator: 'ana' } }, T)
    const record = JSON.parse(built.content!.split('\n')[0]!)
    expect(record.entities.map((entity: { start: number; end: number }) => [entity.start, entity.end])).toEqual([
      [2, 5],
      [8, 12]
    ])
  })

  it('writes brat as a whole folder, renamed into place only at the end', async () => {
    const project = await makeProject()
    const built = await buildExport(project, { format: 'brat', offsetUnit: 'codepoint', layer: { annotator: 'ana' } }, T)
    const root = await makeTempDir()
    const folder = join(root, 'brat')
    await writeExport(built, folder)
    expect((await readdir(folder)).sort()).toEqual(['a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt'])
    expect(await readFile(join(folder, 'a.txt'), 'utf8')).toBe(TEXTS.a)
    // brat counts code points: Ada 2-5.
    expect(await readFile(join(folder, 'a.ann'), 'utf8')).toContain('PER 2 5\tAda')
    expect(await readdir(root)).toEqual(['brat'])
  })

  it('a cancel between brat files leaves neither the folder nor its temp folder', async () => {
    const project = await makeProject()
    const built = await buildExport(project, { format: 'brat', offsetUnit: 'codepoint', layer: { annotator: 'ana' } }, T)
    const root = await makeTempDir()
    const controller = new AbortController()
    const reports: number[] = []
    const control: JobControl = {
      signal: controller.signal,
      report: (done) => {
        reports.push(done)
        if (done === 2) controller.abort(new Error('cancelled'))
      }
    }
    await expect(writeExport(built, join(root, 'brat'), control)).rejects.toThrow('cancelled')
    expect(reports).toEqual([1, 2])
    expect(await readdir(root)).toEqual([])
  })

  it('refuses a brat folder that is not empty, writing nothing', async () => {
    const project = await makeProject()
    const built = await buildExport(project, { format: 'brat', offsetUnit: 'codepoint', layer: { annotator: 'ana' } }, T)
    const folder = join(await makeTempDir(), 'brat')
    await mkdir(folder)
    await writeFile(join(folder, 'old.ann'), 'T1\tPER 0 1\tx\n')
    await expect(writeExport(built, folder)).rejects.toBeInstanceOf(ExportDestinationError)
    expect(await readdir(folder)).toEqual(['old.ann'])
  })
})

describe('format recognition', () => {
  it('tells formats apart by extension, and goldspan, doccano and spaCy JSONL by their first record', () => {
    expect(formatFromPath('/x/predictions.jsonl')).toBe('jsonl')
    expect(formatFromPath('/x/tasks.json')).toBe('labelstudio')
    expect(formatFromPath('/x/train.conll')).toBe('conll')
    expect(formatFromPath('/x/brat-folder/')).toBe('brat')
    expect(formatFromPath('/x/notes.docx')).toBeNull()
    expect(sniffJsonlFormat('{"id":"a","text":"x","sha256":"0","offset_unit":"utf16","entities":[]}\n')).toBe('goldspan')
    expect(sniffJsonlFormat('{"text":"Ada","label":[[0,3,"PER"]]}\n')).toBe('doccano')
    expect(sniffJsonlFormat('{"text":"Ada","entities":[{"id":1,"label":"PER","start_offset":0,"end_offset":3}]}\n')).toBe('doccano')
    expect(sniffJsonlFormat('{"text":"Ada","entities":[[0,3,"PER"]]}\n')).toBe('spacy')
    expect(sniffJsonlFormat('{"text":"Ada","ents":[]}\n')).toBe('spacy')
  })
})
