import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, runGoldspan } from './runGoldspan'

const firstText = 'Ada met Bob.'
const secondText = 'Rome and Oslo.'

describe('goldspan export --gold', () => {
  let dir: string

  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'd1', text: firstText })}\n${JSON.stringify({ id: 'd2', text: secondText })}\n`)
    const gold = [
      goldLine({ id: 'd1', text: firstText, offset_unit: 'utf16', status: 'done', entities: [{ id: 'T1', start: 0, end: 3, label: 'PER', text: 'Ada' }] }),
      goldLine({ id: 'd2', text: secondText, offset_unit: 'utf16', status: 'in_progress', entities: [{ id: 'T1', start: 0, end: 4, label: 'LOC', text: 'Rome' }] })
    ]
    writeFileSync(join(dir, 'gold.jsonl'), `${gold.join('\n')}\n`)
    expect(runGoldspan(dir, 'import', 'corpus.jsonl', '--project', 'project').status).toBe(0)
    const imported = runGoldspan(dir, 'import-annotations', 'gold.jsonl', '--project', 'project', '--annotator', 'gold')
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
  })

  it('refuses while a document is not adjudicated, naming it, and writes nothing', () => {
    const result = runGoldspan(dir, 'export', '--project', 'project', '--gold', '--out', 'refused.jsonl')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('left out d2: not adjudicated yet (gold status "in_progress")')
    expect(result.stderr).toContain('1 document(s) are not adjudicated yet')
    expect(result.stderr).not.toContain('left out d1')
    expect(existsSync(join(dir, 'refused.jsonl'))).toBe(false)
  })

  it('with --allow-partial exports the adjudicated documents only, lists the others, and keeps no .bak', () => {
    const first = runGoldspan(dir, 'export', '--project', 'project', '--gold', '--allow-partial', '--out', 'gold-out.jsonl')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('exported 1 document(s), 1 entities, 0 events by gold')
    expect(first.stderr).toContain('left out d2: not adjudicated yet')
    const lines = readFileSync(join(dir, 'gold-out.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; meta: { status: string } })
    expect(lines.map((line) => [line.id, line.meta.status])).toEqual([['d1', 'done']])
    expect(runGoldspan(dir, 'export', '--project', 'project', '--gold', '--allow-partial', '--out', 'gold-out.jsonl').status).toBe(0)
    expect(readdirSync(dir).filter((name) => name.startsWith('gold-out'))).toEqual(['gold-out.jsonl'])
  })

  it('refuses --allow-partial without --gold as a usage error', () => {
    const result = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'gold', '--allow-partial', '--out', 'x.jsonl')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--allow-partial applies to --gold')
  })
})
