import { cp } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { importCorpus, openProject } from '../../../../src/core/node'
import { useTempDirs } from '../makeTempDir'

// Counts the reads of each corpus source.
const reads = vi.hoisted(() => ({ paths: [] as string[] }))
vi.mock('../../../../src/core/node/readCorpus', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/core/node/readCorpus')>()
  return {
    ...actual,
    readCorpus: (...args: Parameters<typeof actual.readCorpus>) => {
      reads.paths.push(args[0])
      return actual.readCorpus(...args)
    }
  }
})

const SEEDS = resolve(__dirname, '../../../../seeds')
const makeTempDir = useTempDirs()

describe('importCorpus', () => {
  it('reads the imported source once, and opening the project later reads it again', async () => {
    const dir = await makeTempDir()
    const corpus = join(dir, 'corpus')
    await cp(SEEDS, corpus, { recursive: true })
    const { project } = await importCorpus(join(dir, 'project'), corpus)
    expect(project.documents).toHaveLength(5)
    expect(reads.paths).toEqual([corpus])
    const reopened = await openProject(join(dir, 'project'))
    expect(reopened.documents.map((document) => document.sha256)).toEqual(project.documents.map((document) => document.sha256))
    expect(reads.paths).toEqual([corpus, corpus])
  })
})
