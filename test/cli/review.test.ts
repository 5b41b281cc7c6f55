import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, runGoldspan } from './runGoldspan'

// Offsets: A0 d1 a2 _3 m4 e5 t6 _7 B8 o9 b10 _11 i12 n13 _14 P15 a16 r17 i18 s19 .20
const firstText = 'Ada met Bob in Paris.'
const secondText = 'Rome and Oslo.'
const entity = (text: string, id: string, start: number, end: number, label: string) => ({ id, start, end, label, text: text.slice(start, end) })

describe('goldspan review', () => {
  let dir: string

  beforeAll(() => {
    dir = makeTempDir()
    const files: Record<string, string[]> = {
      alice: [
        goldLine({ id: 'd1', text: firstText, offset_unit: 'utf16', entities: [entity(firstText, 'T1', 0, 3, 'PER'), entity(firstText, 'T2', 8, 11, 'PER'), entity(firstText, 'T3', 15, 20, 'LOC')] }),
        goldLine({ id: 'd2', text: secondText, offset_unit: 'utf16', entities: [entity(secondText, 'T1', 0, 4, 'LOC')] })
      ],
      bob: [
        goldLine({ id: 'd1', text: firstText, offset_unit: 'utf16', entities: [entity(firstText, 'T1', 0, 3, 'PER'), entity(firstText, 'T2', 8, 11, 'ORG'), entity(firstText, 'T3', 15, 21, 'LOC')] }),
        goldLine({ id: 'd2', text: secondText, offset_unit: 'utf16', entities: [entity(secondText, 'T1', 0, 4, 'LOC'), entity(secondText, 'T2', 9, 13, 'LOC')] })
      ]
    }
    for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, `${name}.jsonl`), `${lines.join('\n')}\n`)
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'd1', text: firstText })}\n${JSON.stringify({ id: 'd2', text: secondText })}\n`)
    expect(runGoldspan(dir, 'import', 'corpus.jsonl', '--project', 'project').status).toBe(0)
    for (const name of Object.keys(files)) {
      expect(runGoldspan(dir, 'import-annotations', `${name}.jsonl`, '--project', 'project', '--annotator', name).status).toBe(0)
    }
  })

  it('prints the counts per group and per document as JSON', () => {
    const result = runGoldspan(dir, 'review', '--project', 'project', '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as { annotators: string[]; documents: { id: string; counts: Record<string, number> }[] }
    expect(report.annotators).toEqual(['alice', 'bob'])
    // d1: Ada agreed, Bob PER/ORG label-differs, Paris 15-20/15-21 boundary-differs; d2: Rome agreed, Oslo bob only.
    expect(report.documents).toEqual([
      { id: 'd1', counts: { agreed: 1, 'label-differs': 1, 'boundary-differs': 1, 'boundary-and-label-differ': 0, 'only-one': 0 } },
      { id: 'd2', counts: { agreed: 1, 'label-differs': 0, 'boundary-differs': 0, 'boundary-and-label-differ': 0, 'only-one': 1 } }
    ])
  })

  it("lists one document's units side by side, with their context", () => {
    const result = runGoldspan(dir, 'review', '--project', 'project', '--annotators', 'alice,bob', '--document', 'd2')
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('Review of alice, bob (1 document(s) annotated by all)')
    expect(lines.find((line) => line.startsWith('total'))).toMatch(/^total\s+1\s+0\s+0\s+0\s+1$/)
    expect(result.stdout).toContain('2. only-one 9-13: …Rome and [Oslo].…\n    alice  (absent)\n    bob    LOC 9-13 "Oslo"')
  })

  it('refuses an unknown annotator, a single annotator and an unknown document with a usage error', () => {
    const unknown = runGoldspan(dir, 'review', '--project', 'project', '--annotators', 'alice,zed')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('unknown annotator(s) zed')
    expect(runGoldspan(dir, 'review', '--project', 'project', '--annotators', 'alice').stderr).toContain('review needs at least two annotators')
    expect(runGoldspan(dir, 'review', '--project', 'project', '--document', 'nope').stderr).toContain('no document "nope"')
  })
})
