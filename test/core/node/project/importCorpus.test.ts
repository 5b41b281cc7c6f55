import { chmod, cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject, importCorpus, openProject, ProjectError, sha256Hex } from '../../../../src/core/node'
import { defaultSchema } from '../../../../src/core/schema'
import { useTempDirs } from '../makeTempDir'

const SEEDS = resolve(__dirname, '../../../../seeds')
const SEED_IDS = ['000_2bf93c0143f687be', '001_1b0f98beef4bd2c0', '002_98eb227a6747c847', '003_da26205d20f9c2ca', '004_2a9aa91a7580aa05']

const makeTempDir = useTempDirs()

/** A writable copy of the seeds inside `dir`. */
async function copySeeds(dir: string): Promise<string> {
  const corpus = join(dir, 'corpus')
  await cp(SEEDS, corpus, { recursive: true })
  for (const id of SEED_IDS) await chmod(join(corpus, `${id}.txt`), 0o644)
  return corpus
}

describe('createProject', () => {
  it('writes goldspan.json with fixed key order and a trailing newline', async () => {
    const dir = join(await makeTempDir(), 'proj')
    const project = await createProject(dir, { name: 'Demo', schema: defaultSchema })
    expect(project).toMatchObject({ dir, documents: [], problems: [] })
    const text = await readFile(join(dir, 'goldspan.json'), 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'name', 'schema', 'sources', 'documents', 'annotators'])
    expect(JSON.parse(text)).toMatchObject({ version: 1, name: 'Demo', sources: [], documents: [], annotators: [] })
    expect(text).toContain('\n  "name": "Demo",\n')
  })

  it('refuses to create a project over an existing one', async () => {
    const dir = await makeTempDir()
    await createProject(dir)
    await expect(createProject(dir)).rejects.toThrow(new ProjectError(`${join(dir, 'goldspan.json')}: a project already exists here`))
  })
})

describe('importCorpus', () => {
  it('creates a project from a folder outside it, recording the absolute path and each sha256', async () => {
    const dir = join(await makeTempDir(), 'proj')
    const { project, added, problems } = await importCorpus(dir, SEEDS)
    expect(added).toEqual(SEED_IDS)
    expect(problems).toEqual([])
    expect(project.documents.map((document) => document.id)).toEqual(SEED_IDS)
    expect(project.config.sources).toEqual([{ path: SEEDS, kind: 'folder' }])
    // First one as printed by sha256sum.
    expect(project.config.documents[0]).toEqual({
      id: SEED_IDS[0],
      sha256: '0674f5226a1533b2d9dbef8c283cc9a469a453f1c53b3e77ec67f66f8e39f5bc',
      source: SEEDS
    })
  })

  it('records a source inside the project relative to it', async () => {
    const dir = await makeTempDir()
    await copySeeds(dir)
    const { project } = await importCorpus(dir, join(dir, 'corpus'))
    expect(project.config.sources).toEqual([{ path: 'corpus', kind: 'folder' }])
    expect((await openProject(dir)).documents).toHaveLength(5)
  })

  it('is idempotent: importing the same source again adds nothing and changes no byte', async () => {
    const dir = await makeTempDir()
    await importCorpus(dir, SEEDS)
    const before = await readFile(join(dir, 'goldspan.json'))
    const again = await importCorpus(dir, SEEDS)
    expect(again.added).toEqual([])
    expect(again.problems).toEqual([])
    expect((await readFile(join(dir, 'goldspan.json'))).equals(before)).toBe(true)
  })

  it('extends a project with a JSONL source and rejects an id that is already taken', async () => {
    const dir = await makeTempDir()
    await importCorpus(dir, SEEDS)
    const jsonl = join(dir, 'more.jsonl')
    await writeFile(jsonl, [JSON.stringify({ id: 'extra', text: 'Damas\u00a0: \u{1F600}' }), JSON.stringify({ id: SEED_IDS[2], text: 'other' })].join('\n'))
    const { project, added, problems } = await importCorpus(dir, jsonl)
    expect(added).toEqual(['extra'])
    expect(problems).toEqual([{ file: `${jsonl}:2`, reason: `duplicate document id "${SEED_IDS[2]}": already imported from ${SEEDS}` }])
    expect(project.documents.map((document) => document.id)).toEqual([...SEED_IDS, 'extra'])
    expect(project.config.sources).toEqual([
      { path: SEEDS, kind: 'folder' },
      { path: 'more.jsonl', kind: 'jsonl' }
    ])
    expect(project.documents[5]?.sha256).toBe(sha256Hex('Damas\u00a0: \u{1F600}'))
  })

  it('leaves no project behind when the source is not a corpus', async () => {
    const dir = join(await makeTempDir(), 'proj')
    await expect(importCorpus(dir, join(dir, 'missing'))).rejects.toThrow(`${join(dir, 'missing')}: cannot open corpus (ENOENT)`)
    await expect(readFile(join(dir, 'goldspan.json'))).rejects.toThrow(/ENOENT/)
  })

  it('rejects ids that only differ in letter case', async () => {
    const dir = await makeTempDir()
    const jsonl = join(dir, 'c.jsonl')
    await writeFile(jsonl, '{"id":"Doc","text":"a"}\n{"id":"doc","text":"b"}\n')
    const { added, problems } = await importCorpus(dir, jsonl)
    expect(added).toEqual(['Doc'])
    expect(problems).toEqual([{ file: `${jsonl}:2`, reason: 'document id "doc" differs from "Doc" only in letter case, which some file systems cannot tell apart' }])
  })

  it('passes on the corpus problems and throws on a path that is no corpus', async () => {
    const dir = await makeTempDir()
    const corpus = await copySeeds(dir)
    await writeFile(join(corpus, 'bad.txt'), Buffer.from([0x61, 0xc0, 0xaf]))
    const { added, problems } = await importCorpus(dir, corpus)
    expect(added).toEqual(SEED_IDS)
    expect(problems).toEqual([{ file: join(corpus, 'bad.txt'), reason: 'invalid UTF-8 at byte 1 (overlong encoding (lead byte 0xC0))' }])
    await expect(importCorpus(dir, join(dir, 'nothing'))).rejects.toThrow(/cannot open corpus/)
  })
})

describe('openProject', () => {
  it('throws ProjectError naming goldspan.json when there is none', async () => {
    const dir = await makeTempDir()
    await expect(openProject(dir)).rejects.toThrow(`${join(dir, 'goldspan.json')}: not found (not a Goldspan project folder)`)
  })

  it('throws ProjectError naming goldspan.json when it is corrupt, and leaves it untouched', async () => {
    const dir = await makeTempDir()
    await importCorpus(dir, SEEDS)
    const file = join(dir, 'goldspan.json')
    const truncated = (await readFile(file)).subarray(0, 100)
    await writeFile(file, truncated)
    await expect(openProject(dir)).rejects.toThrow(new RegExp(`^${file}: not valid JSON`))
    await expect(importCorpus(dir, SEEDS)).rejects.toThrow(ProjectError)
    expect((await readFile(file)).equals(truncated)).toBe(true)
  })

  it('names the field of an invalid goldspan.json', async () => {
    const dir = await makeTempDir()
    await createProject(dir)
    const file = join(dir, 'goldspan.json')
    const config = JSON.parse(await readFile(file, 'utf8'))
    config.documents = [{ id: 'a', sha256: 'abc', source: 'nowhere' }]
    await writeFile(file, JSON.stringify(config))
    await expect(openProject(dir)).rejects.toThrow(/documents\[0\]\.sha256: must be 64 lowercase hex digits; documents\[0\]\.source: "nowhere" is not one of the sources/)
  })

  it('does not open a document whose text changed since import, and import does not re-index it', async () => {
    const dir = await makeTempDir()
    const corpus = await copySeeds(dir)
    const { project } = await importCorpus(dir, corpus)
    const recorded = project.config.documents[1]?.sha256
    const changedFile = join(corpus, `${SEED_IDS[1]}.txt`)
    await writeFile(changedFile, 'rewritten')
    const reopened = await openProject(dir)
    expect(reopened.documents.map((document) => document.id)).toEqual(SEED_IDS.filter((id) => id !== SEED_IDS[1]))
    expect(reopened.problems).toEqual([
      {
        file: changedFile,
        reason: `text of "${SEED_IDS[1]}" changed since import (sha256 ${recorded} recorded, ${sha256Hex('rewritten')} now); not opened, so its annotations keep their offsets`
      }
    ])
    const again = await importCorpus(dir, corpus)
    expect(again.added).toEqual([])
    expect(again.problems[0]?.reason).toMatch(/changed since import .* not re-indexed$/)
    expect(again.project.config.documents[1]?.sha256).toBe(recorded)
  })

  it('reports a document that disappeared and a source that is gone, and opens the rest', async () => {
    const dir = await makeTempDir()
    const corpus = await copySeeds(dir)
    await importCorpus(dir, corpus)
    const jsonl = join(dir, 'x.jsonl')
    await writeFile(jsonl, '{"id":"x","text":"y"}\n')
    await importCorpus(dir, jsonl)
    await rm(join(corpus, `${SEED_IDS[0]}.txt`))
    await rm(jsonl)
    const project = await openProject(dir)
    expect(project.documents.map((document) => document.id)).toEqual(SEED_IDS.slice(1))
    expect(project.problems).toEqual([
      { file: jsonl, reason: `corpus source cannot be read: ${jsonl}: cannot open corpus (ENOENT)` },
      { file: corpus, reason: `document "${SEED_IDS[0]}" is indexed but no longer in the corpus` }
    ])
  })
})

describe('importCorpus: how the source is recorded', () => {
  it('keeps a source named by a relative path relative (../corpus), so project and corpus can move together, and records an absolute one as given', async () => {
    const root = await makeTempDir()
    await copySeeds(root)
    const cwd = process.cwd()
    process.chdir(root)
    try {
      await importCorpus(join('datasets', 'project'), 'corpus')
    } finally {
      process.chdir(cwd)
    }
    const config = JSON.parse(await readFile(join(root, 'datasets', 'project', 'goldspan.json'), 'utf8')) as { sources: { path: string }[] }
    expect(config.sources.map((source) => source.path)).toEqual(['../../corpus'])
    // Both moved side by side (as a git clone does): the project still finds its texts.
    const moved = await makeTempDir()
    await cp(root, moved, { recursive: true })
    await rm(root, { recursive: true, force: true })
    const project = await openProject(join(moved, 'datasets', 'project'))
    expect(project.problems).toEqual([])
    expect(project.documents.map((document) => document.id)).toEqual(SEED_IDS)

    const absoluteCorpus = join(moved, 'corpus')
    await importCorpus(join(moved, 'other'), absoluteCorpus)
    const other = JSON.parse(await readFile(join(moved, 'other', 'goldspan.json'), 'utf8')) as { sources: { path: string }[] }
    expect(other.sources.map((source) => source.path)).toEqual([absoluteCorpus])
  })
})
