import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { GoldspanApi, JobStatus } from '../../../../src/core/api'
import { createWorkspace } from '../../../../src/core/node'
import { useTempDirs } from '../makeTempDir'

const makeTempDir = useTempDirs()

async function until(api: GoldspanApi, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await api['job:status']({ jobId })
    if (status.state !== 'running') return status
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function openedWorkspace() {
  const root = await makeTempDir()
  const corpus = join(root, 'corpus')
  await mkdir(corpus)
  await writeFile(join(corpus, 'a.txt'), 'Ada à Rome.')
  const workspace = await createWorkspace({ homeDir: join(root, 'home'), mode: 'web', defaultCorpus: corpus })
  await workspace.api['session:setAnnotator']({ name: 'ana' })
  await workspace.api['project:openCorpus']({ path: corpus })
  return { root, workspace, api: workspace.api }
}

describe('project:labelCounts', () => {
  it("counts this annotator's saved spans per label in each document", async () => {
    const { api, workspace } = await openedWorkspace()
    const { sha256 } = await api['document:open']({ documentId: 'a' })
    const span = (id: string, start: number, end: number, label: string) => ({ id, start, end, label, annotator: 'ana', created: 'x', updated: 'x' })
    await api['document:save']({ annotations: { version: 2, documentId: 'a', sha256, annotator: 'ana', status: 'in_progress', offsetUnit: 'utf16', spans: [span('T1', 0, 3, 'PER'), span('T2', 6, 10, 'GPE')], relations: [] } })
    expect(await api['project:labelCounts']({})).toEqual({ documents: [{ documentId: 'a', labels: { PER: 1, GPE: 1 } }] })
    await workspace.close()
  })
})

describe('export and import as jobs (web mode)', () => {
  it('exports to a path on the machine, and refuses brat without one, naming why', async () => {
    const { root, api, workspace } = await openedWorkspace()
    const out = join(root, 'out.conll')
    const started = await api['job:start']({ kind: 'export', request: { format: 'conll', offsetUnit: 'codepoint', layer: { annotator: 'ana' }, destination: out } })
    const done = await until(api, started.id)
    expect(done.state).toBe('done')
    expect(done.result).toMatchObject({ kind: 'export', value: { savedTo: out, documentCount: 1, spanCount: 0 } })
    expect(await readFile(out, 'utf8')).toContain('Ada')

    const brat = await api['job:start']({ kind: 'export', request: { format: 'brat', offsetUnit: 'codepoint', layer: { annotator: 'ana' } } })
    const refused = await until(api, brat.id)
    expect(refused.state).toBe('failed')
    expect(refused.error?.message).toBe('a brat export is a folder of files: give the folder to write it to')
    await workspace.close()
  })

  it('imports a model’s doccano predictions as suggestions that suggestions:get returns, and reports bad lines by file and line', async () => {
    const { root, api, workspace } = await openedWorkspace()
    const file = join(root, 'predictions.jsonl')
    await writeFile(file, `${JSON.stringify({ id: 'a', text: 'Ada à Rome.', label: [[0, 3, 'PER'], [6, 10, 'GPE']] })}\n`)
    const report = await api['project:import']({ path: file, format: 'auto', target: { model: 'spacy-fr' } })
    expect(report).toMatchObject({ format: 'doccano', written: true, documentCount: 1, spanCount: 2, problems: [] })
    const { suggestions } = await api['suggestions:get']({ documentId: 'a' })
    expect(suggestions).toEqual([
      { model: 'spacy-fr', start: 0, end: 3, label: 'PER' },
      { model: 'spacy-fr', start: 6, end: 10, label: 'GPE' }
    ])
    // Nobody's annotations changed: the annotator's folder holds no file.
    expect(await readdir(join(workspace.settings.current.recentProjects[0]!, 'annotations')).catch(() => [])).toEqual([])

    await writeFile(file, `${JSON.stringify({ id: 'a', text: 'Ada à Rome.', label: [[0, 3, 'PLANET']] })}\n`)
    const refused = await api['project:import']({ path: file, format: 'doccano', target: { model: 'spacy-fr' } })
    expect(refused.written).toBe(false)
    expect(refused.problems).toHaveLength(1)
    expect(refused.problems[0]).toMatch(/predictions\.jsonl \(doccano, document #\):1: .*PLANET/)
    await workspace.close()
  })
})
