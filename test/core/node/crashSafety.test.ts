import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotationPath, importCorpus, saveAnnotations, sha256Hex } from '../../../src/core/node'
import { checkProject, emptyHistory, recordLine } from '../../fixtures/crash/checkProject'
import { CRASH_TEXTS, crashVersion } from '../../fixtures/crash/crashVersions'
import { formatKillTestResult, runKillTest } from '../../fixtures/crash/runKillTest'
import { useTempDirs } from './makeTempDir'

const makeTempDir = useTempDirs()

// Each kill costs a node start (~0.25 s of CPU on the 2-core dev VM), so the suite runs 250
// (about a minute); the 1,000+ is `GOLDSPAN_KILLS=1000` here, or the standalone
// `npx tsx test/fixtures/crash/runKillTest.ts --kills 1000`, which prints the summary.
const KILLS = Number(process.env.GOLDSPAN_KILLS ?? 250)

describe('the kill test checker', () => {
  async function projectWithTwoVersions() {
    const dir = await makeTempDir()
    const corpus = join(dir, 'corpus.jsonl')
    await writeFile(corpus, `${JSON.stringify({ id: 'alep', text: CRASH_TEXTS.alep })}\n`)
    const { project } = await importCorpus(dir, corpus)
    const history = emptyHistory()
    for (const n of [5, 6]) {
      recordLine(history, `begin alice alep ${n}`)
      await saveAnnotations(project, crashVersion('alice', 'alep', sha256Hex(CRASH_TEXTS.alep!), n))
      recordLine(history, `ack alice alep ${n}`)
    }
    return { dir, history, file: annotationPath(dir, 'alice', 'alep') }
  }

  it('passes a project holding the acknowledged version', async () => {
    const { dir, history } = await projectWithTwoVersions()
    expect(await checkProject(dir, history, null)).toEqual([])
  })

  it('reports an older version than acknowledged as lost', async () => {
    const { dir, history } = await projectWithTwoVersions()
    recordLine(history, 'begin alice alep 7')
    recordLine(history, 'ack alice alep 7')
    expect(await checkProject(dir, history, null)).toEqual([{ kind: 'lost', message: `${annotationPath(dir, 'alice', 'alep')}: version 6 on disk, 7 was acknowledged` }])
  })

  it('reports a half-written file as corrupt', async () => {
    const { dir, history, file } = await projectWithTwoVersions()
    await writeFile(file, '{\n  "version": 1,\n  "documentId": "al')
    const problems = await checkProject(dir, history, null)
    expect(problems.map((problem) => problem.kind)).toEqual(['corrupt'])
    expect(problems[0]?.message).toMatch(/alep\.json: .*JSON/)
  })
})

describe('crash safety: children saving annotations, SIGKILLed at random moments', () => {
  it(
    `loses and corrupts nothing over ${KILLS} kills`,
    async () => {
      const result = await runKillTest({ kills: KILLS, seed: 20260125, workers: 2, maxDelayMs: 40 })
      console.log(formatKillTestResult(result))
      expect(result.failures).toEqual([])
      expect({ kills: result.kills, lost: result.lost, corrupt: result.corrupt }).toEqual({ kills: KILLS, lost: 0, corrupt: 0 })
      // Most kills must land inside a save, or the test proves little.
      expect(result.killedMidSave).toBeGreaterThan(KILLS / 2)
    },
    // Up to ~1 s a kill when the shared machine is loaded (load average 12 seen).
    Math.max(60_000, KILLS * 4_000)
  )
})
