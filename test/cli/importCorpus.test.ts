import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir, runGoldspan } from './runGoldspan'

describe('goldspan import and stats', { timeout: 180_000 }, () => {
  const dir = makeTempDir()
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports the readable files, names the unreadable one with its byte, and exits 1', () => {
    mkdirSync(join(dir, 'corpus'))
    writeFileSync(join(dir, 'corpus', 'a.txt'), 'Damas\r\n')
    // "caf" + 0xE9: Latin-1 "é", invalid in UTF-8 at byte 3.
    writeFileSync(join(dir, 'corpus', 'b.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))
    const result = runGoldspan(dir, 'import', 'corpus', '--project', 'project')
    expect(result.stdout).toBe(`imported 1 document(s) from corpus into ${join(dir, 'project')} (1 in the project)\n`)
    expect(result.stderr).toContain(`${join(dir, 'corpus', 'b.txt')}: `)
    expect(result.stderr).toContain('invalid UTF-8 at byte 3')
    expect(result.stderr).toMatch(/goldspan: 1 problem\(s\) while importing corpus; see above\n$/)
    expect(result.status).toBe(1)
  })

  it('prints a table of documents and spans per label, and refuses to export a layer nobody made', () => {
    const stats = runGoldspan(dir, 'stats', '--project', 'project')
    // The project is named after its folder; the unreadable file is still reported on every open.
    expect(stats.stdout).toBe(
      `project (${join(dir, 'project')}): 1 document(s), 0 annotator(s)\n` +
        `problem: ${join(dir, 'corpus', 'b.txt')}: invalid UTF-8 at byte 3 (truncated 3-byte sequence at end of data)\n`
    )
    expect(stats.status).toBe(0)
    const exported = runGoldspan(dir, 'export', '--project', 'project', '--gold', '--out', 'gold.jsonl')
    expect(exported.stderr).toBe(`goldspan: no annotations by "gold" in ${join(dir, 'project')} (annotators: none)\n`)
    expect(exported.status).toBe(1)
  })
})
