import { access, mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { GoldspanApi, JobStatus } from '../../../../src/core/api'
import { createWorkspace, projectDirForCorpus } from '../../../../src/core/node'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()
const FILE_COUNT = 5000

async function writeCorpus(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (let start = 0; start < count; start += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - start) }, (_, offset) => {
        const index = start + offset
        return writeFile(join(dir, `doc-${String(index).padStart(5, '0')}.txt`), `Document ${index}: l'armée syrienne est entrée à Alep.\n`)
      })
    )
  }
}

/** Every file and folder under `dir`, relative. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.map(String).sort()
}

async function waitFor(api: GoldspanApi, jobId: string, until: (status: JobStatus) => boolean): Promise<JobStatus> {
  for (;;) {
    const status = await api['job:status']({ jobId })
    if (until(status)) return status
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('a 5,000-file corpus import as a job', () => {
  it('reports progress, and a cancel midway leaves the project as it was: no goldspan.json, no temp file, the open project unchanged', { timeout: 120_000 }, async () => {
    const root = await makeTempDir()
    const homeDir = join(root, 'home')
    const small = join(root, 'small')
    const big = join(root, 'big')
    await writeCorpus(small, 2)
    await writeCorpus(big, FILE_COUNT)
    const workspace = await createWorkspace({ homeDir, mode: 'web', defaultCorpus: small })
    const { api } = workspace
    await api['session:setAnnotator']({ name: 'ana' })
    await api['project:openCorpus']({ path: small })

    const started = await api['job:start']({ kind: 'openCorpus', path: big })
    const midway = await waitFor(api, started.id, (status) => status.done >= FILE_COUNT / 2 || status.state !== 'running')
    expect(midway).toMatchObject({ state: 'running', total: FILE_COUNT })
    await api['job:cancel']({ jobId: started.id })
    const ended = await waitFor(api, started.id, (status) => status.state !== 'running')
    expect(ended.state).toBe('cancelled')
    expect(ended.done).toBeLessThan(FILE_COUNT)

    const bigProject = projectDirForCorpus(homeDir, big)
    await expect(access(join(bigProject, 'goldspan.json'))).rejects.toThrow(/ENOENT/)
    const tree = await listTree(homeDir)
    expect(tree.filter((name) => name.endsWith('.tmp'))).toEqual([])
    // The big corpus's project folder holds nothing, not even its lock (released on cancel).
    expect(await readdir(bigProject)).toEqual([])
    const session = await api['session:get']({})
    expect(session.project?.documents.map((document) => document.id)).toEqual(['doc-00000', 'doc-00001'])

    // The same import run to the end: every file becomes a document. Timed for the report.
    const began = performance.now()
    const full = await api['job:start']({ kind: 'openCorpus', path: big })
    const done = await waitFor(api, full.id, (status) => status.state !== 'running')
    const seconds = (performance.now() - began) / 1000
    expect(done.state).toBe('done')
    expect(done.result?.kind === 'openCorpus' && done.result.value.documents.length).toBe(FILE_COUNT)
    process.stdout.write(`full import of ${FILE_COUNT} files as a job: ${seconds.toFixed(2)} s\n`)
    await workspace.close()
  })
})
