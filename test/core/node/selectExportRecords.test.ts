import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations, DocumentStatus } from '../../../src/core/model'
import { annotationPath } from '../../../src/core/node/project/annotationPath'
import { exportGoldJsonl } from '../../../src/core/node/exportProject'
import { importCorpus, saveAnnotations, selectExportRecords, sha256Hex, type Project } from '../../../src/core/node'
import { useTempDirs } from './makeTempDir'

const makeTempDir = useTempDirs()
const T = '2026-11-25T18:00:00.000Z'
const TEXTS: Record<string, string> = { a: 'Ada met Bob.', b: 'Rome and Oslo.', c: 'Alep' }

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  await writeFile(corpus, Object.entries(TEXTS).map(([id, text]) => JSON.stringify({ id, text })).join('\n'))
  return (await importCorpus(dir, corpus)).project
}

function layer(annotator: string, documentId: string, status: DocumentStatus): DocumentAnnotations {
  const text = TEXTS[documentId]!
  return { version: 2, documentId, sha256: sha256Hex(text), annotator, status, offsetUnit: 'utf16', spans: [], relations: [] }
}

describe('selectExportRecords', () => {
  it("exports every readable document of an annotator's layer, whatever its status, and names an unreadable one with its file", async () => {
    const project = await makeProject()
    await saveAnnotations(project, layer('alice', 'a', 'done'))
    await saveAnnotations(project, layer('alice', 'b', 'in_progress'))
    const broken = annotationPath(project.dir, 'alice', 'b')
    await writeFile(broken, '{ broken')
    const selection = await selectExportRecords(project, 'alice', { offsetUnit: 'utf16', exportedAt: T })
    // a done, b unreadable, c has no file yet (todo): a and c exported.
    expect(selection.records.map((record) => [record.id, record.meta.status])).toEqual([['a', 'done'], ['c', 'todo']])
    expect(selection.unreadable.map((skip) => skip.documentId)).toEqual(['b'])
    expect(selection.unreadable[0]?.reason).toContain(broken)
    expect(selection.unadjudicated).toEqual([])
  })

  it('in the gold layer exports only done documents, and the app reports the others in skipped', async () => {
    const project = await makeProject()
    await saveAnnotations(project, layer('gold', 'a', 'done'))
    await saveAnnotations(project, layer('gold', 'b', 'in_progress'))
    const selection = await selectExportRecords(project, 'gold', { offsetUnit: 'codepoint', exportedAt: T })
    expect(selection.records.map((record) => record.id)).toEqual(['a'])
    expect(selection.unadjudicated).toEqual([
      { documentId: 'b', reason: 'not adjudicated yet (gold status "in_progress")' },
      { documentId: 'c', reason: 'not adjudicated yet (gold status "todo")' }
    ])
    const exported = await exportGoldJsonl(project, { format: 'goldspan', offsetUnit: 'codepoint', layer: { gold: true } }, T)
    expect(exported.documentCount).toBe(1)
    expect(exported.skipped.map((skip) => skip.documentId)).toEqual(['b', 'c'])
  })
})
