import { readFile, stat, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addArgument } from '../../../../src/core/annotations'
import type { DocumentAnnotations, Span } from '../../../../src/core/model'
import {
  AnnotationFileError,
  importCorpus,
  listAnnotations,
  loadAnnotations,
  saveAnnotations,
  sha256Hex,
  type Project
} from '../../../../src/core/node'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()

// "Daech a attaqué puis quitté Palmyre.", utf16 offsets counted by hand:
// Daech 0-5, attaqué 8-15, quitté 21-27, Palmyre 28-35
const TEXT = 'Daech a attaqué puis quitté Palmyre.'
const T = '2026-01-02T03:04:05.000Z'

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  await writeFile(corpus, `${JSON.stringify({ id: 'd', text: TEXT })}\n`)
  return (await importCorpus(dir, corpus)).project
}

function span(id: string, start: number, end: number, label: string, extra: Partial<Span> = {}): Span {
  return { id, start, end, label, annotator: 'alice', created: T, updated: T, ...extra }
}

function annotations(spans: Span[], relations: DocumentAnnotations['relations'] = []): DocumentAnnotations {
  return { version: 2, documentId: 'd', sha256: sha256Hex(TEXT), annotator: 'alice', status: 'in_progress', offsetUnit: 'utf16', spans, relations }
}

const sharedEvents = (): DocumentAnnotations =>
  annotations(
    [
      span('T1', 0, 5, 'ORG'),
      span('T2', 8, 15, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Target', ref: 'T4' }], attributes: { Modality: 'asserted' } }),
      span('T3', 21, 27, 'Withdrawal', { arguments: [{ role: 'Agent', ref: 'T1' }, { role: 'Origin', ref: 'T4' }] }),
      span('T4', 28, 35, 'GPE', { attributes: { Note: 'Tadmor' } })
    ],
    [{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T4' }]
  )

const annotationFile = (project: Project): string => join(project.dir, 'annotations', 'alice', 'd.json')

/** A file as Goldspan wrote it before events: version 1, spans only. */
const VERSION_1_FILE = `${JSON.stringify(
  {
    version: 1,
    documentId: 'd',
    sha256: sha256Hex(TEXT),
    annotator: 'alice',
    status: 'in_progress',
    offsetUnit: 'utf16',
    spans: [{ id: 'T1', start: 0, end: 5, label: 'ORG', annotator: 'alice', created: T, updated: T }]
  },
  null,
  2
)}\n`

describe('annotation files with events, relations and attributes', () => {
  it('saves and reads back arguments, attributes and relations as they were', async () => {
    const project = await makeProject()
    await saveAnnotations(project, sharedEvents())
    expect(await loadAnnotations(project, 'alice', 'd')).toEqual(sharedEvents())
    const onDisk = JSON.parse(await readFile(annotationFile(project), 'utf8')) as Record<string, unknown>
    expect(onDisk.version).toBe(2)
    expect(onDisk.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T4' }])
    expect((onDisk.spans as Record<string, unknown>[])[0]).toEqual({ id: 'T1', start: 0, end: 5, label: 'ORG', annotator: 'alice', created: T, updated: T })
  })

  it('opens a version-1 file as version 2 without rewriting it, and writes version 2 at the first change', async () => {
    const project = await makeProject()
    await mkdir(join(project.dir, 'annotations', 'alice'), { recursive: true })
    await writeFile(annotationFile(project), VERSION_1_FILE)
    const before = await stat(annotationFile(project))
    const loaded = await loadAnnotations(project, 'alice', 'd')
    expect(loaded).toEqual(annotations([span('T1', 0, 5, 'ORG')]))
    const { byDocument, problems } = await listAnnotations(project, 'alice')
    expect(problems).toEqual([])
    expect(byDocument.get('d')?.relations).toEqual([])
    expect(await readFile(annotationFile(project), 'utf8')).toBe(VERSION_1_FILE)
    expect((await stat(annotationFile(project))).mtimeMs).toBe(before.mtimeMs)

    const changed = { ...loaded, spans: [...loaded.spans, span('T2', 8, 15, 'Attack')] }
    await saveAnnotations(project, addArgument(changed, 'T2', { role: 'Attacker', ref: 'T1' }, T).annotations)
    const written = JSON.parse(await readFile(annotationFile(project), 'utf8')) as DocumentAnnotations
    expect(written.version).toBe(2)
    expect(written.spans[1]?.arguments).toEqual([{ role: 'Attacker', ref: 'T1' }])
    expect(await readFile(`${annotationFile(project)}.bak`, 'utf8')).toBe(VERSION_1_FILE)
  })

  it('refuses to save dangling ids, naming the file and the ids, and leaves the file as it was', async () => {
    const project = await makeProject()
    await saveAnnotations(project, sharedEvents())
    const saved = await readFile(annotationFile(project), 'utf8')
    const dangling = annotations(
      [span('T1', 0, 5, 'ORG'), span('T2', 8, 15, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T7' }] })],
      [{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T4' }]
    )
    const error = await saveAnnotations(project, dangling).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AnnotationFileError)
    expect((error as Error).message).toBe(
      `${annotationFile(project)}: not saved: event T2 (Attack): argument Attacker → T7: no span "T7" in the document; ` +
        'relation R1 (located_in T2 → T4): no span "T4" in the document'
    )
    expect(await readFile(annotationFile(project), 'utf8')).toBe(saved)
  })

  it('saves a document whose required roles are missing or whose roles the schema does not allow (warnings only)', async () => {
    const project = await makeProject()
    const incomplete = annotations([span('T1', 0, 5, 'ORG'), span('T2', 8, 15, 'Attack', { arguments: [{ role: 'Origin', ref: 'T1' }] })])
    await saveAnnotations(project, incomplete)
    expect(await loadAnnotations(project, 'alice', 'd')).toEqual(incomplete)
  })

  it('reports a file with a dangling id on reading, with its path, and keeps it untouched', async () => {
    const project = await makeProject()
    const broken = { ...JSON.parse(VERSION_1_FILE), version: 2, relations: [{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T9' }] }
    await mkdir(join(project.dir, 'annotations', 'alice'), { recursive: true })
    const text = `${JSON.stringify(broken, null, 2)}\n`
    await writeFile(annotationFile(project), text)
    await expect(loadAnnotations(project, 'alice', 'd')).rejects.toThrow(
      `${annotationFile(project)}: relation R1 (located_in T1 → T9): no span "T9" in the document`
    )
    const { problems } = await listAnnotations(project, 'alice')
    expect(problems).toEqual([{ file: annotationFile(project), reason: 'relation R1 (located_in T1 → T9): no span "T9" in the document' }])
    expect(await readFile(annotationFile(project), 'utf8')).toBe(text)
  })

  it('refuses a version-1 file that carries arguments (only version 2 may)', async () => {
    const project = await makeProject()
    const value = JSON.parse(VERSION_1_FILE)
    value.spans[0].arguments = []
    await mkdir(join(project.dir, 'annotations', 'alice'), { recursive: true })
    await writeFile(annotationFile(project), JSON.stringify(value))
    await expect(loadAnnotations(project, 'alice', 'd')).rejects.toThrow(/invalid annotations: spans\[0\]: Unrecognized key: "arguments"/)
  })
})
