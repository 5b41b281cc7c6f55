import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSchema } from '../../src/core/schema'
import { checkOffsetsScript, goldLine, makeTempDir, runGoldspan, runPython, sha256Of } from './runGoldspan'

// Code points: L0 e1 _2 🚀3 _4 d5 e6 _7 Z8 o9 e10 ◌́11 \r12 \n13 à14 _15 P16 a17 r18 i19 s20 NBSP21 !22 (length 23)
const mixedText = 'Le \u{1F680} de Zoe\u0301\r\n\u00e0 Paris\u00a0!'
const paris = { id: 'T1', start: 16, end: 21, label: 'GPE', text: 'Paris' }

function withoutField(line: string, field: string): string {
  const record = JSON.parse(line) as Record<string, unknown>
  delete record[field]
  return JSON.stringify(record)
}

describe('goldspan validate', { timeout: 180_000 }, () => {
  let dir = ''
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  beforeAll(() => {
    dir = makeTempDir()
  })

  it('accepts a sound file and says what it holds', () => {
    writeFileSync(join(dir, 'good.jsonl'), `${goldLine({ id: 'm1', text: mixedText, offset_unit: 'codepoint', entities: [paris] })}\n`)
    const result = runGoldspan(dir, 'validate', 'good.jsonl')
    expect(result.stdout).toBe('good.jsonl: valid, 1 document(s), 1 entities, 0 events\n')
    expect(result.status).toBe(0)
  })

  it('prints every problem as file:line: reason and exits 1', () => {
    const lines = [
      goldLine({ id: 'm1', text: mixedText, offset_unit: 'codepoint', entities: [paris] }),
      '{"id": "m2", "text": ',
      withoutField(goldLine({ id: 'm3', text: mixedText, offset_unit: 'codepoint', entities: [] }), 'text'),
      goldLine({ id: 'm4', text: mixedText, offset_unit: 'codepoint', entities: [{ ...paris, start: 22, end: 24, text: '!' }] }),
      // "Paris" at its UTF-16 offsets 17-22 but stated in code points.
      goldLine({ id: 'm5', text: mixedText, offset_unit: 'codepoint', entities: [{ ...paris, start: 17, end: 22 }] }),
      goldLine({ id: 'm1', text: mixedText, offset_unit: 'codepoint', entities: [] }),
      goldLine({ id: 'm7', text: mixedText, offset_unit: 'codepoint', entities: [paris, { ...paris, label: 'LOC' }] }),
      goldLine({ id: 'm8', text: mixedText, offset_unit: 'codepoint', entities: [], sha256: sha256Of('another text') }),
      '["not", "an", "object"]'
    ]
    writeFileSync(join(dir, 'bad.jsonl'), `${lines.join('\n')}\n`)
    const result = runGoldspan(dir, 'validate', 'bad.jsonl')
    const printed = result.stdout.split('\n')
    expect(printed[0]).toMatch(/^bad\.jsonl:2: invalid JSON: /)
    expect(printed.slice(1)).toEqual([
      'bad.jsonl:3: text: missing',
      'bad.jsonl:4: entity "T1" 22-24: outside the text (length 23 code points)',
      'bad.jsonl:5: entity "T1" 17-22: text is "Paris" but text[17:22] in code points is "aris\u00a0"',
      'bad.jsonl:6: duplicate document id "m1" (first on line 1)',
      'bad.jsonl:7: duplicate span id "T1" (entity)',
      `bad.jsonl:8: sha256 ${sha256Of('another text')} does not match the text (its sha256 is ${sha256Of(mixedText)})`,
      'bad.jsonl:9: not a JSON object',
      ''
    ])
    expect(result.stderr).toBe('goldspan: bad.jsonl: 8 problem(s)\n')
    expect(result.status).toBe(1)
  })

  it('checks labels against a schema file or a project goldspan.json when --schema is given', () => {
    const line = goldLine({ id: 'm1', text: mixedText, offset_unit: 'codepoint', entities: [{ ...paris, label: 'CITY' }] })
    writeFileSync(join(dir, 'labels.jsonl'), `${line}\n`)
    writeFileSync(join(dir, 'schema.json'), JSON.stringify(defaultSchema))
    writeFileSync(join(dir, 'goldspan.json'), JSON.stringify({ version: 1, name: 'p', schema: defaultSchema }))
    expect(runGoldspan(dir, 'validate', 'labels.jsonl').status).toBe(0)
    for (const schemaFile of ['schema.json', 'goldspan.json']) {
      const result = runGoldspan(dir, 'validate', 'labels.jsonl', '--schema', schemaFile)
      expect(result.stdout).toBe('labels.jsonl:1: entity "T1": unknown label "CITY"\n')
      expect(result.status).toBe(1)
    }
  })

  it('names the byte of invalid UTF-8 and a missing file', () => {
    writeFileSync(join(dir, 'latin1.jsonl'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d, 0x0a]))
    const result = runGoldspan(dir, 'validate', 'latin1.jsonl')
    expect(result.stderr).toMatch(/^goldspan: latin1\.jsonl: invalid UTF-8 at byte 2 /)
    expect(result.status).toBe(1)
    const missing = runGoldspan(dir, 'validate', 'nowhere.jsonl')
    expect(missing.stderr).toBe('goldspan: nowhere.jsonl: no such file\n')
    expect(missing.status).toBe(1)
  })

  it('the Python checker itself fails on a wrong span (so its "ok" means something)', () => {
    const wrong = goldLine({ id: 'm5', text: mixedText, offset_unit: 'codepoint', entities: [{ ...paris, start: 17, end: 22 }] })
    writeFileSync(join(dir, 'wrong.jsonl'), `${wrong}\n`)
    const result = runPython(dir, checkOffsetsScript, 'wrong.jsonl')
    expect(result.stdout).toBe("wrong.jsonl:1: m5 entity T1: 'Paris' != text[17:22] = 'aris\\xa0'\n")
    expect(result.status).toBe(1)
  })
})
