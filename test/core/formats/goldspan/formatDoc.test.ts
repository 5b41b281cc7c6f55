import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGoldJsonl } from '../../../../src/core/formats/goldspan'
import { conflictNewsSchema } from '../../../../src/core/schema'
import { sha256Of } from './mixedText'

// docs/format.md is what users copy from: its example must validate and its Python
// reader must run.
const formatDoc = readFileSync(resolve(__dirname, '../../../../docs/format.md'), 'utf8')

function fencedBlock(language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(formatDoc)
  if (!match?.[1]) throw new Error(`docs/format.md has no \`\`\`${language} block`)
  return match[1]
}

describe('docs/format.md', () => {
  it('shows an example line that validates, with the hand-counted offsets of its sentence', () => {
    const { records, problems } = parseGoldJsonl(fencedBlock('jsonl'), 'docs/format.md', { hashText: sha256Of, schema: conflictNewsSchema })
    expect(problems).toEqual([])
    expect(records).toHaveLength(1)
    // "armée de l’air russe" 2-22 (after "L’", as the guidelines leave articles out), "opération" 36-45, "Syrie" 78-83, "jeudi 4 octobre" 88-103.
    expect(records[0]?.entities.map((entity) => [entity.text, entity.start, entity.end])).toEqual([
      ['arm\u00e9e de l\u2019air russe', 2, 22],
      ['Syrie', 78, 83],
      ['jeudi 4 octobre', 88, 103]
    ])
    expect(records[0]?.events[0]?.trigger).toEqual({ start: 36, end: 45, text: 'op\u00e9ration' })
    expect(records[0]?.events[0]?.arguments.map((argument) => [argument.role, argument.ref, argument.start, argument.end])).toEqual([
      ['Attacker', 'T1', 2, 22],
      ['Place', 'T2', 78, 83],
      ['Time', 'T3', 88, 103]
    ])
    expect(records[0]?.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T2' }])
  })

  it('gives a Python reader that accepts the example and rejects a shifted span', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'goldspan-doc-'))
    const line = fencedBlock('jsonl')
    writeFileSync(join(dir, 'reader.py'), fencedBlock('python'))
    writeFileSync(join(dir, 'example.jsonl'), line)
    writeFileSync(join(dir, 'shifted.jsonl'), line.replace('"start":78,"end":83', '"start":79,"end":84'))
    const good = spawnSync('python3', ['reader.py', 'example.jsonl'], { cwd: dir, encoding: 'utf8' })
    expect(good.stdout).toBe('000_2bf93c0143f687be-s2 7 spans ok\n')
    expect(good.status).toBe(0)
    const shifted = spawnSync('python3', ['reader.py', 'shifted.jsonl'], { cwd: dir, encoding: 'utf8' })
    expect(shifted.stderr).toContain('AssertionError: line 1:')
    expect(shifted.status).toBe(1)
    rmSync(dir, { recursive: true, force: true })
  })
})
