import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, runGoldspan, sha256Of } from './runGoldspan'

// UTF-16: L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 \r13 \n14 à15 _16 P17 a18 r19 i20 s21 NBSP22 !23
const mixedText = 'Le \u{1F680} de Zoe\u0301\r\n\u00e0 Paris\u00a0!'
const paris = { id: 'T1', start: 17, end: 22, label: 'GPE', text: 'Paris' }
const goodLine = goldLine({ id: 'mixed', text: mixedText, offset_unit: 'utf16', entities: [paris] })

describe('goldspan import-annotations', { timeout: 180_000 }, () => {
  let dir = ''
  const annotationsDir = (): string => join(dir, 'project', 'annotations')

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'mixed', text: mixedText })}\n`)
    expect(runGoldspan(dir, 'import', 'corpus.jsonl', '--project', 'project').status).toBe(0)
  })

  it('checks every record first and writes nothing when any is wrong', () => {
    // The same id with another text: its own sha256 is right, but not the project's.
    const changedText = mixedText.replace('Paris', 'Lyon!')
    const lines = [
      goodLine,
      goldLine({ id: 'ghost', text: 'Boo', offset_unit: 'utf16', entities: [] }),
      goldLine({ id: 'mixed', text: changedText, offset_unit: 'utf16', entities: [] }),
      goldLine({ id: 'other', text: mixedText, offset_unit: 'utf16', entities: [{ ...paris, label: 'CITY' }] })
    ]
    writeFileSync(join(dir, 'bad.jsonl'), `${lines.join('\n')}\n`)
    const result = runGoldspan(dir, 'import-annotations', 'bad.jsonl', '--project', 'project', '--annotator', 'alice')
    expect(result.stderr.split('\n')).toEqual([
      `bad.jsonl:2: document "ghost" is not in the project ${join(dir, 'project')}`,
      'bad.jsonl:3: duplicate document id "mixed" (first on line 1)',
      'bad.jsonl:4: entity "T1": unknown label "CITY"',
      'goldspan: 3 problem(s) in bad.jsonl; nothing was imported',
      ''
    ])
    expect(result.status).toBe(1)
    expect(existsSync(annotationsDir())).toBe(false)
  })

  it('refuses a document whose text differs from the project by sha256', () => {
    const changedText = mixedText.replace('Paris', 'Lyon!')
    writeFileSync(join(dir, 'changed.jsonl'), `${goldLine({ id: 'mixed', text: changedText, offset_unit: 'utf16', entities: [] })}\n`)
    const result = runGoldspan(dir, 'import-annotations', 'changed.jsonl', '--project', 'project', '--annotator', 'alice')
    expect(result.stderr).toContain(
      `changed.jsonl:1: document "mixed": sha256 ${sha256Of(changedText)} differs from the project's text (${sha256Of(mixedText)})`
    )
    expect(result.status).toBe(1)
    expect(existsSync(annotationsDir())).toBe(false)
  })

  it('imports, then keeps existing work unless --replace is given', () => {
    writeFileSync(join(dir, 'good.jsonl'), `${goodLine}\n`)
    const first = runGoldspan(dir, 'import-annotations', 'good.jsonl', '--project', 'project', '--annotator', 'alice')
    expect(first.stdout).toBe(`imported 1 document(s), 1 span(s), as alice into ${join(dir, 'project')}\n`)
    expect(first.status).toBe(0)
    expect(existsSync(join(annotationsDir(), 'alice', 'mixed.json'))).toBe(true)

    const again = runGoldspan(dir, 'import-annotations', 'good.jsonl', '--project', 'project', '--annotator', 'alice')
    expect(again.stderr).toContain('good.jsonl:1: document "mixed" already has 1 span(s) by alice; pass --replace to overwrite them')
    expect(again.status).toBe(1)
    const replaced = runGoldspan(dir, 'import-annotations', 'good.jsonl', '--project', 'project', '--annotator', 'alice', '--replace')
    expect(replaced.status).toBe(0)
  })

  it('refuses an annotator name that cannot be a folder', () => {
    const result = runGoldspan(dir, 'import-annotations', 'good.jsonl', '--project', 'project', '--annotator', '../x')
    expect(result.stderr).toMatch(/^goldspan: annotator name "\.\.\/x" must be/)
    expect(result.status).toBe(1)
  })
})
