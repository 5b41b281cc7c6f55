import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  AnnotationFileError,
  importCorpus,
  loadAnnotations,
  openAnnotations,
  saveAnnotationChanges,
  saveAnnotations,
  serializeAnnotations,
  sha256Hex,
  StaleSaveBaseError,
  type Project
} from '../../../../src/core/node'
import type { DocumentAnnotations, Span } from '../../../../src/core/model'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()

// "Bachar al-Assad a quitté Damas": B0 … d14 ␠15 … Damas 25-30, counted by hand.
const TEXT = 'Bachar al-Assad a quitté Damas'
const T = '2026-01-02T03:04:05.000Z'
const T2 = '2026-01-02T04:00:00.000Z'

async function makeProject(): Promise<Project> {
  const dir = await makeTempDir()
  const corpus = join(dir, 'corpus.jsonl')
  await writeFile(corpus, JSON.stringify({ id: 'a', text: TEXT }))
  return (await importCorpus(dir, corpus)).project
}

function span(id: string, start: number, end: number, label: string, extra: Partial<Span> = {}): Span {
  return { id, start, end, label, annotator: 'alice', created: T, updated: T, ...extra }
}

function annotations(spans: Span[], extra: Partial<DocumentAnnotations> = {}): DocumentAnnotations {
  return { version: 2, documentId: 'a', sha256: sha256Hex(TEXT), annotator: 'alice', status: 'in_progress', offsetUnit: 'utf16', spans, relations: [], ...extra }
}

const header = ({ spans: _spans, ...rest }: DocumentAnnotations) => rest
const fileOf = (project: Project) => join(project.dir, 'annotations', 'alice', 'a.json')

describe('openAnnotations', () => {
  it('gives the revision of the file it read, a base for changes; none for a missing file', async () => {
    const project = await makeProject()
    expect(await openAnnotations(project, 'alice', 'a')).toEqual({ annotations: await loadAnnotations(project, 'alice', 'a') })
    const saved = annotations([span('T1', 0, 15, 'PER')])
    const written = await saveAnnotations(project, saved)
    const opened = await openAnnotations(project, 'alice', 'a')
    expect(opened.revision).toBe(written)
    const now = annotations([span('T1', 0, 15, 'PER'), span('T2', 25, 30, 'GPE')])
    await saveAnnotationChanges(project, opened.revision as string, { annotations: header(now), putSpans: [now.spans[1] as Span], removedSpanIds: [] })
    expect(await readFile(fileOf(project), 'utf8')).toBe(serializeAnnotations(now))
  })

  it('a file changed by another program after the open refuses changes made on what was opened', async () => {
    const project = await makeProject()
    await saveAnnotations(project, annotations([span('T1', 0, 15, 'PER')]))
    const opened = await openAnnotations(project, 'alice', 'a')
    const other = annotations([span('T1', 0, 15, 'ORG'), span('T9', 18, 24, 'Attack')])
    await writeFile(fileOf(project), serializeAnnotations(other))
    await expect(saveAnnotationChanges(project, opened.revision as string, { annotations: header(other), putSpans: [], removedSpanIds: ['T1'] })).rejects.toBeInstanceOf(StaleSaveBaseError)
    expect(await readFile(fileOf(project), 'utf8')).toBe(serializeAnnotations(other))
  })
})

describe('saveAnnotationChanges', () => {
  it('writes the same file as a whole save of the changed value, and gives a new base', async () => {
    const project = await makeProject()
    const base = await saveAnnotations(project, annotations([span('T1', 0, 15, 'PER'), span('T2', 25, 30, 'GPE')]))
    const now = annotations([span('T1', 0, 15, 'ORG', { updated: T2 }), span('T3', 18, 24, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }] })], { status: 'done' })
    const next = await saveAnnotationChanges(project, base, {
      annotations: header(now),
      putSpans: [now.spans[1] as Span, now.spans[0] as Span],
      removedSpanIds: ['T2']
    })
    expect(next).not.toBe(base)
    expect(await readFile(fileOf(project), 'utf8')).toBe(serializeAnnotations(now))
    expect(await loadAnnotations(project, 'alice', 'a')).toEqual(now)
    // The next changes go against the new base.
    await saveAnnotationChanges(project, next, { annotations: header(now), putSpans: [], removedSpanIds: ['T3'] })
    expect((await loadAnnotations(project, 'alice', 'a')).spans.map((kept) => kept.id)).toEqual(['T1'])
  })

  it('after a chain of saves of changes, holds byte for byte what whole saves of each value write', async () => {
    const project = await makeProject()
    const steps: [Span[], string[]][] = [
      [[span('T1', 0, 15, 'ORG', { updated: T2 })], []],
      [[span('T4', 7, 15, 'PER', { attributes: { note: 'é 🚀' } }), span('T3', 18, 24, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T4' }] })], []],
      [[span('T2', 0, 6, 'GPE')], ['T1']],
      [[], ['T3']]
    ]
    let value = annotations([span('T1', 0, 15, 'PER'), span('T2', 25, 30, 'GPE')])
    let base = await saveAnnotations(project, value)
    const written: string[] = []
    for (const [putSpans, removedSpanIds] of steps) {
      const gone = new Set([...removedSpanIds, ...putSpans.map((put) => put.id)])
      value = annotations([...value.spans.filter((kept) => !gone.has(kept.id)), ...putSpans])
      base = await saveAnnotationChanges(project, base, { annotations: header(value), putSpans, removedSpanIds })
      written.push(await readFile(fileOf(project), 'utf8'))
    }
    expect(written.at(-1)).toContain('"id": "T4"')
    // The same values saved whole in another project.
    const other = await makeProject()
    value = annotations([span('T1', 0, 15, 'PER'), span('T2', 25, 30, 'GPE')])
    for (const [index, [putSpans, removedSpanIds]] of steps.entries()) {
      const gone = new Set([...removedSpanIds, ...putSpans.map((put) => put.id)])
      value = annotations([...value.spans.filter((kept) => !gone.has(kept.id)), ...putSpans])
      await saveAnnotations(other, value)
      expect(written[index]).toBe(await readFile(fileOf(other), 'utf8'))
      expect(written[index]).toBe(serializeAnnotations(value))
    }
  })

  it('refuses changes after a save of changes once the file was changed by someone else', async () => {
    const project = await makeProject()
    const first = await saveAnnotations(project, annotations([span('T1', 0, 15, 'PER')]))
    const changes = (label: string) => ({ annotations: header(annotations([])), putSpans: [span('T1', 0, 15, label)], removedSpanIds: [] })
    const second = await saveAnnotationChanges(project, first, changes('ORG'))
    const byHand = (await readFile(fileOf(project), 'utf8')).replace('"ORG"', '"DATE"')
    await writeFile(fileOf(project), byHand)
    await expect(saveAnnotationChanges(project, second, changes('GPE'))).rejects.toThrow(StaleSaveBaseError)
    expect(await readFile(fileOf(project), 'utf8')).toBe(byHand)
  })

  it('refuses a base that is not the file’s version, and a file changed since by someone else', async () => {
    const project = await makeProject()
    const first = await saveAnnotations(project, annotations([span('T1', 0, 15, 'PER')]))
    await saveAnnotations(project, annotations([span('T1', 0, 15, 'ORG')]))
    const changes = { annotations: header(annotations([])), putSpans: [span('T2', 25, 30, 'GPE')], removedSpanIds: [] }
    await expect(saveAnnotationChanges(project, first, changes)).rejects.toThrow(StaleSaveBaseError)
    const latest = await saveAnnotations(project, annotations([span('T1', 0, 15, 'LOC')]))
    const byHand = (await readFile(fileOf(project), 'utf8')).replace('"LOC"', '"GPE"')
    await writeFile(fileOf(project), byHand)
    await expect(saveAnnotationChanges(project, latest, changes)).rejects.toMatchObject({ code: 'stale-save-base' })
    expect(await readFile(fileOf(project), 'utf8')).toBe(byHand)
  })

  it('checks the changes as a whole save does and leaves the file as it was', async () => {
    const project = await makeProject()
    const base = await saveAnnotations(project, annotations([span('T1', 0, 15, 'PER')]))
    const before = await readFile(fileOf(project), 'utf8')
    const attempt = (putSpans: Span[], removedSpanIds: string[] = []) => saveAnnotationChanges(project, base, { annotations: header(annotations([])), putSpans, removedSpanIds })
    await expect(attempt([span('T2', 25, 31, 'GPE')])).rejects.toThrow('span "T2" (25-31 GPE): offsets 25-31 are outside the text (length 30)')
    await expect(attempt([span('T2', 25, 30, 'NOPE')])).rejects.toThrow('unknown label "NOPE"')
    await expect(attempt([span('T2', 25, 30, 'GPE'), span('T2', 0, 6, 'PER')])).rejects.toThrow('duplicate span id "T2"')
    await expect(attempt([], ['T9'])).rejects.toThrow('cannot remove span "T9": the saved version has no such span')
    // Removing T1 leaves the event's argument dangling: a link error, as in a whole save.
    await expect(attempt([span('T3', 18, 24, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }] })], ['T1'])).rejects.toThrow(
      'event T3 (Attack): argument Attacker → T1: no span "T1" in the document'
    )
    await expect(attempt([span('T2', 25, 30, 'GPE')])).resolves.toEqual(expect.any(String))
    await expect(attempt([])).rejects.toThrow(StaleSaveBaseError)
    expect(before).not.toBe(await readFile(fileOf(project), 'utf8'))
  })

  it('names the file when it refuses', async () => {
    const project = await makeProject()
    const base = await saveAnnotations(project, annotations([]))
    await expect(saveAnnotationChanges(project, base, { annotations: header(annotations([], { sha256: '0'.repeat(64) })), putSpans: [], removedSpanIds: [] })).rejects.toThrow(
      new AnnotationFileError(fileOf(project), `not saved: sha256 ${'0'.repeat(64)} does not match the document's text (${sha256Hex(TEXT)}); the offsets were made on another text`)
    )
  })
})
