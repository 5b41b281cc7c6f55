import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, runGoldspan, sha256Of } from './runGoldspan'

// The SemEval-2013 9.1 example, behind an emoji so code point and UTF-16 offsets differ by one.
const text = '🚀 tikosyn healthy of warfarin propranolol phenytoin oral contraceptives'
function entity(id: string, words: string, label: string, unit: 'codepoint' | 'utf16'): { id: string; start: number; end: number; label: string; text: string } {
  const utf16 = text.indexOf(words)
  const start = unit === 'utf16' ? utf16 : utf16 - 1 // the rocket is 2 UTF-16 units, 1 code point
  return { id, start, end: start + words.length, label, text: words }
}
const goldEntities = [
  entity('T1', 'tikosyn', 'BRAND', 'codepoint'),
  entity('T2', 'warfarin', 'DRUG', 'codepoint'),
  entity('T3', 'propranolol', 'DRUG', 'codepoint'),
  entity('T4', 'phenytoin', 'DRUG', 'codepoint'),
  entity('T5', 'contraceptives', 'GROUP', 'codepoint')
]
const predictedEntities = [
  entity('P1', 'healthy', 'BRAND', 'utf16'),
  entity('P2', 'of warfarin', 'DRUG', 'utf16'),
  entity('P3', 'propranolol', 'BRAND', 'utf16'),
  entity('P4', 'phenytoin', 'DRUG', 'utf16'),
  entity('P5', 'oral contraceptives', 'DRUG', 'utf16')
]

describe('goldspan evaluate', { timeout: 180_000 }, () => {
  let dir = ''
  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'gold.jsonl'), `${goldLine({ id: 'd1', text, offset_unit: 'codepoint', entities: goldEntities })}\n`)
    writeFileSync(join(dir, 'pred.jsonl'), `${goldLine({ id: 'd1', text, offset_unit: 'utf16', entities: predictedEntities })}\n`)
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('scores the published SemEval example across offset units (JSON)', () => {
    const result = runGoldspan(dir, 'evaluate', '--gold', 'gold.jsonl', '--pred', 'pred.jsonl', '--json', '--by-label')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const { entities } = JSON.parse(result.stdout) as { entities: { micro: Record<string, Record<string, number>>; byLabel: Array<{ label: string }> } }
    expect(entities.micro.strict).toMatchObject({ correct: 1, incorrect: 3, partial: 0, missed: 1, spurious: 1, possible: 5, actual: 5, precision: 0.2, recall: 0.2 })
    expect(entities.micro.exact).toMatchObject({ correct: 2, incorrect: 2, precision: 0.4 })
    expect(entities.micro.partial).toMatchObject({ correct: 2, partial: 2, precision: 0.6, recall: 0.6 })
    expect(entities.micro.type).toMatchObject({ correct: 2, incorrect: 2, precision: 0.4 })
    expect(entities.byLabel.map((entry) => entry.label)).toEqual(['BRAND', 'DRUG', 'GROUP'])
  })

  it('prints a readable table', () => {
    const result = runGoldspan(dir, 'evaluate', '--gold', 'gold.jsonl', '--pred', 'pred.jsonl')
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('1 document(s); entities, SemEval-2013 9.1 schemes (micro)')
    expect(lines[2]).toMatch(/^strict\s+1\s+3\s+0\s+1\s+1\s+5\s+5\s+0\.2000\s+0\.2000\s+0\.2000$/)
    expect(lines[4]).toMatch(/^partial\s+2\s+0\s+2\s+1\s+1\s+5\s+5\s+0\.6000\s+0\.6000\s+0\.6000$/)
  })

  it('scores JSONL with conlleval after BIO tagging, reporting what cannot be tagged', () => {
    const doc = 'Nancy Pelosi à Washington. Fin'
    const span = (words: string, label: string, id: string) => {
      const start = doc.indexOf(words)
      return { id, start, end: start + words.length, label, text: words }
    }
    writeFileSync(join(dir, 'g2.jsonl'), `${goldLine({ id: 'n', text: doc, offset_unit: 'utf16', entities: [span('Nancy Pelosi', 'PER', 'T1'), span('Washington', 'GPE', 'T2')] })}\n`)
    writeFileSync(join(dir, 'p2.jsonl'), `${goldLine({ id: 'n', text: doc, offset_unit: 'utf16', entities: [span('Pelosi', 'PER', 'P1'), span('Washington', 'GPE', 'P2'), span('ashi', 'GPE', 'P3')] })}\n`)
    const result = runGoldspan(dir, 'evaluate', '--gold', 'g2.jsonl', '--pred', 'p2.jsonl', '--conlleval')
    // Tokens: Nancy Pelosi à Washington . | Fin → 6; tags right on à, Washington, ., Fin = 4/6.
    // Gold chunks 2, found 2 (P3 overlaps Washington and is reported), correct 1 (GPE).
    expect(result.stdout).toBe(
      'processed 6 tokens with 2 phrases; found: 2 phrases; correct: 1.\n' +
        'accuracy:  66.67%; precision:  50.00%; recall:  50.00%; FB1:  50.00\n' +
        '              GPE: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n' +
        '              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n'
    )
    expect(result.stderr).toContain('not scored by conlleval: n: predicted span GPE 16-20 "ashi": overlaps an earlier span')
  })

  it('scores a CoNLL file directly with --conll', () => {
    writeFileSync(join(dir, 'run.txt'), 'Rome B-LOC B-LOC\nest O O\n\nParis B-LOC B-PER\n')
    const result = runGoldspan(dir, 'evaluate', '--conll', 'run.txt')
    expect(result.stdout).toBe(
      'processed 3 tokens with 2 phrases; found: 2 phrases; correct: 1.\n' +
        'accuracy:  66.67%; precision:  50.00%; recall:  50.00%; FB1:  50.00\n' +
        '              LOC: precision: 100.00%; recall:  50.00%; FB1:  66.67  1\n' +
        '              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n'
    )
    expect(result.status).toBe(0)
  })

  it('refuses a sha256 mismatch and an unknown predicted document, naming file and line', () => {
    const other = `${goldLine({ id: 'd1', text: `${text}!`, offset_unit: 'utf16', entities: [] })}\n${goldLine({ id: 'zz', text: 'x', offset_unit: 'utf16', entities: [] })}\n`
    writeFileSync(join(dir, 'bad.jsonl'), other)
    const result = runGoldspan(dir, 'evaluate', '--gold', 'gold.jsonl', '--pred', 'bad.jsonl')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`bad.jsonl:1: document "d1": sha256 ${sha256Of(`${text}!`)} differs from gold.jsonl:1`)
    expect(result.stderr).toContain('bad.jsonl:2: document "zz" is not in gold.jsonl')
    expect(runGoldspan(dir, 'evaluate', '--gold', 'gold.jsonl').status).toBe(2)
  })

  it('scores events too: a gold event nobody predicted is a false negative (test/cli/eventMeasures.test.ts has the full case)', () => {
    const trigger = entity('E1', 'healthy', 'x', 'codepoint')
    const events = [{ id: 'E1', type: 'Attack', trigger: { start: trigger.start, end: trigger.end, text: trigger.text }, arguments: [] as never[], attributes: {} }]
    writeFileSync(join(dir, 'gold-events.jsonl'), `${goldLine({ id: 'd1', text, offset_unit: 'codepoint', entities: goldEntities, events })}\n`)
    const result = runGoldspan(dir, 'evaluate', '--gold', 'gold-events.jsonl', '--pred', 'pred.jsonl', '--json')
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const { events: scores } = JSON.parse(result.stdout) as { events: Record<string, unknown> }
    expect(scores.trigger_identification).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 })
  })
})
