import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  annotationPath,
  decodeDocumentId,
  encodeDocumentId,
  importCorpus,
  listAnnotations,
  ProjectError,
  saveAnnotations,
  sha256Hex
} from '../../../../src/core/node'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()

describe('encodeDocumentId', () => {
  it.each([
    ['000_2bf93c0143f687be', '000_2bf93c0143f687be'],
    ['report-2018.v2', 'report-2018.v2'],
    ['a b/c', 'a%20b%2Fc'],
    ['été', '%C3%A9t%C3%A9'], // é = C3 A9
    ['..', '%2E.'],
    ['.hidden', '%2Ehidden'],
    ['50%', '50%25'],
    ['C:\\x', 'C%3A%5Cx'],
    ['\u{1F600}', '%F0%9F%98%80']
  ])('encodes %j as %j and decodes it back', (id, stem) => {
    expect(encodeDocumentId(id)).toBe(stem)
    expect(decodeDocumentId(stem)).toBe(id)
  })

  it('decodes only names it could have produced', () => {
    expect(decodeDocumentId('a b')).toBeNull()
    expect(decodeDocumentId('%2e.')).toBeNull()
    expect(decodeDocumentId('%E9')).toBeNull()
  })

  it('refuses ids too long for a file name', () => {
    expect(() => encodeDocumentId('x'.repeat(201))).toThrow(ProjectError)
    expect(encodeDocumentId('x'.repeat(200))).toHaveLength(200)
    expect(() => encodeDocumentId('é'.repeat(40))).toThrow(/too long for a file name \(240 > 200 once encoded\)/)
  })

  it('keeps every annotation file inside the annotator folder', () => {
    expect(annotationPath('/p', 'alice', '../../etc/passwd')).toBe('/p/annotations/alice/%2E.%2F..%2Fetc%2Fpasswd.json')
    expect(() => annotationPath('/p', '../bob', 'x')).toThrow(ProjectError)
  })
})

describe('annotation files of ids with unsafe characters', () => {
  it('are written under their encoded name and listed back by id', async () => {
    const dir = await makeTempDir()
    const corpus = join(dir, 'c.jsonl')
    await writeFile(corpus, `${JSON.stringify({ id: 'dépêche 1/2', text: 'Alep' })}\n`)
    const { project } = await importCorpus(dir, corpus)
    await saveAnnotations(project, {
      version: 2,
      documentId: 'dépêche 1/2',
      sha256: sha256Hex('Alep'),
      annotator: 'alice',
      status: 'done',
      offsetUnit: 'utf16',
      spans: [],
      relations: []
    })
    expect(await readdir(join(dir, 'annotations', 'alice'))).toEqual(['d%C3%A9p%C3%AAche%201%2F2.json'])
    const { byDocument, problems } = await listAnnotations(project, 'alice')
    expect(problems).toEqual([])
    expect(byDocument.get('dépêche 1/2')?.status).toBe('done')
  })
})
