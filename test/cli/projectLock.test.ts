import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acquireProjectLock } from '../../src/core/node'
import { goldLine, makeTempDir, runGoldspan } from './runGoldspan'

const text = 'Daech recule.'

describe('CLI writes respect the project lock', { timeout: 180_000 }, () => {
  let dir = ''
  let release: () => Promise<void> = async () => undefined

  beforeAll(async () => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'd1', text })}\n`)
    expect(runGoldspan(dir, 'import', 'corpus.jsonl', '--project', 'project').status).toBe(0)
    writeFileSync(join(dir, 'alice.jsonl'), `${goldLine({ id: 'd1', text, offset_unit: 'utf16', entities: [{ id: 'T1', start: 0, end: 5, label: 'ORG', text: 'Daech' }] })}\n`)
    // This test process holds the lock, as an open Goldspan app would.
    release = await acquireProjectLock(join(dir, 'project'))
  })

  afterAll(async () => {
    await release()
    rmSync(dir, { recursive: true, force: true })
  })

  it('import-annotations refuses while another process holds the project, naming it, and writes nothing', () => {
    const result = runGoldspan(dir, 'import-annotations', 'alice.jsonl', '--project', 'project', '--annotator', 'alice')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`is open in another Goldspan (pid ${process.pid}`)
    expect(existsSync(join(dir, 'project', 'annotations', 'alice'))).toBe(false)
  })

  it('import refuses too, and the corpus index is unchanged', () => {
    writeFileSync(join(dir, 'more.jsonl'), `${JSON.stringify({ id: 'd2', text: 'Soueïda.' })}\n`)
    const before = readdirSync(join(dir, 'project'))
    const result = runGoldspan(dir, 'import', 'more.jsonl', '--project', 'project')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('is open in another Goldspan')
    expect(readdirSync(join(dir, 'project'))).toEqual(before)
  })

  it('both succeed once the lock is released', async () => {
    await release()
    release = async () => undefined
    expect(runGoldspan(dir, 'import-annotations', 'alice.jsonl', '--project', 'project', '--annotator', 'alice').status).toBe(0)
    expect(runGoldspan(dir, 'import', 'more.jsonl', '--project', 'project').status).toBe(0)
  })
})
