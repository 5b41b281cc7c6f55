import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkOffsetsScript, goldLine, makeTempDir, runGoldspan, runPython, seedsDir } from './runGoldspan'

// The "Done when" of issue 3: import seeds/, import a hand-made JSONL, export, and let an
// independent Python reader check every span; a text with emoji, CRLF and combining marks
// round-trips with both offset units; an unreadable annotation file does not stop the rest.

const seedId = '001_1b0f98beef4bd2c0'
const seedText = readFileSync(join(seedsDir, `${seedId}.txt`), 'utf8')

/**
 * Hand-counted offsets (code points = UTF-16 units here, all characters in the BMP):
 * "L’armée syrienne et ses alliés ont délogé deux milices soutenues par les Etats-Unis
 * dans le désert de la province est de Damas."  L’armée syrienne 0-16, délogé 35-41,
 * Etats-Unis 73-83, Damas 121-126.
 */
const seedLine = goldLine({
  id: seedId,
  text: seedText,
  offset_unit: 'codepoint',
  entities: [
    { id: 'T1', start: 0, end: 16, label: 'ORG', text: 'L\u2019arm\u00e9e syrienne' },
    { id: 'T2', start: 73, end: 83, label: 'GPE', text: 'Etats-Unis' },
    { id: 'T3', start: 121, end: 126, label: 'GPE', text: 'Damas' }
  ],
  events: [{ id: 'E1', type: 'Clash', trigger: { start: 35, end: 41, text: 'd\u00e9log\u00e9' }, arguments: [], attributes: {} }]
})

/**
 *   utf16:     L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 \r13 \n14 à15 _16 P17 a18 r19 i20 s21 NBSP22 !23
 *   codepoint: L0 e1 _2 🚀3   _4 d5 e6 _7 Z8 o9  e10 ◌́11 \r12 \n13 à14 _15 P16 a17 r18 i19 s20 NBSP21 !22
 */
const mixedText = 'Le \u{1F680} de Zoe\u0301\r\n\u00e0 Paris\u00a0!'
const mixedLine = goldLine({
  id: 'mixed',
  text: mixedText,
  offset_unit: 'utf16',
  entities: [
    { id: 'T1', start: 3, end: 5, label: 'WEAPON', text: '\u{1F680}' },
    { id: 'T2', start: 9, end: 13, label: 'PER', text: 'Zoe\u0301' },
    { id: 'T4', start: 13, end: 16, label: 'LOC', text: '\r\n\u00e0' },
    { id: 'T3', start: 17, end: 22, label: 'GPE', text: 'Paris' }
  ],
  events: [{ id: 'E1', type: 'Attack', trigger: { start: 6, end: 8, text: 'de' }, arguments: [], attributes: {} }]
})

interface ExportedRecord {
  id: string
  text: string
  offset_unit: string
  entities: { id: string; start: number; end: number }[]
  events: { id: string; trigger: { start: number; end: number } }[]
  meta: { annotator: string; status: string }
}

function readExport(file: string): ExportedRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ExportedRecord)
}

function offsetsOf(record: ExportedRecord | undefined): [string, number, number][] {
  if (!record) return []
  return [
    ...record.entities.map((entity): [string, number, number] => [entity.id, entity.start, entity.end]),
    ...record.events.map((event): [string, number, number] => [event.id, event.trigger.start, event.trigger.end])
  ]
}

function storedSpans(dir: string, annotator: string, documentId: string): unknown {
  const file = JSON.parse(readFileSync(join(dir, 'project', 'annotations', annotator, `${documentId}.json`), 'utf8')) as {
    status: string
    spans: { id: string; start: number; end: number; label: string }[]
  }
  return { status: file.status, spans: file.spans.map(({ id, start, end, label }) => ({ id, start, end, label })) }
}

describe('goldspan CLI end to end', { timeout: 180_000 }, () => {
  let dir = ''

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'mixed.jsonl'), `${JSON.stringify({ id: 'mixed', text: mixedText })}\n`)
    writeFileSync(join(dir, 'hand.jsonl'), `${seedLine}\n${mixedLine}\n`)
    for (const args of [
      ['import', seedsDir, '--project', 'project'],
      ['import', 'mixed.jsonl', '--project', 'project'],
      ['import-annotations', 'hand.jsonl', '--project', 'project', '--annotator', 'alice']
    ]) {
      const result = runGoldspan(dir, ...args)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
    }
  })

  it('exports code point offsets that Python checks span by span', () => {
    const result = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'alice', '--format', 'goldspan', '--out', 'alice.cp.jsonl')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('exported 6 document(s), 7 entities, 2 events by alice to alice.cp.jsonl (offsets in codepoint)\n')
    const records = readExport(join(dir, 'alice.cp.jsonl'))
    expect(records.map((record) => record.id)).toEqual([
      '000_2bf93c0143f687be',
      seedId,
      '002_98eb227a6747c847',
      '003_da26205d20f9c2ca',
      '004_2a9aa91a7580aa05',
      'mixed'
    ])
    expect(records[0]?.meta).toMatchObject({ annotator: 'alice', status: 'todo' })
    expect(offsetsOf(records[1])).toEqual([
      ['T1', 0, 16],
      ['T2', 73, 83],
      ['T3', 121, 126],
      ['E1', 35, 41]
    ])
    expect(records[5]?.text).toBe(mixedText)
    expect(offsetsOf(records[5])).toEqual([
      ['T1', 3, 4],
      ['T2', 8, 12],
      ['T4', 12, 15],
      ['T3', 16, 21],
      ['E1', 5, 7]
    ])
    const python = runPython(dir, checkOffsetsScript, 'alice.cp.jsonl')
    expect(python.stdout).toBe('ok: 6 documents, 9 spans, 0 links\n')
    expect(python.status).toBe(0)
  })

  it('exports UTF-16 offsets on request, which Python checks in UTF-16', () => {
    const result = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'alice', '--out', 'alice.utf16.jsonl', '--offset-unit', 'utf16')
    expect(result.status).toBe(0)
    const mixed = readExport(join(dir, 'alice.utf16.jsonl'))[5]
    expect(mixed?.offset_unit).toBe('utf16')
    expect(offsetsOf(mixed)).toEqual([
      ['T1', 3, 5],
      ['T2', 9, 13],
      ['T4', 13, 16],
      ['T3', 17, 22],
      ['E1', 6, 8]
    ])
    expect(runPython(dir, checkOffsetsScript, 'alice.utf16.jsonl').status).toBe(0)
  })

  it('round-trips both exports through import-annotations to the same stored spans', () => {
    for (const [file, annotator] of [
      ['alice.cp.jsonl', 'carol'],
      ['alice.utf16.jsonl', 'dave']
    ] as const) {
      const result = runGoldspan(dir, 'import-annotations', file, '--project', 'project', '--annotator', annotator)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      for (const documentId of ['mixed', seedId]) {
        expect(storedSpans(dir, annotator, documentId)).toEqual(storedSpans(dir, 'alice', documentId))
      }
    }
    expect((storedSpans(dir, 'dave', 'mixed') as { spans: unknown[] }).spans).toContainEqual({ id: 'T1', start: 3, end: 5, label: 'WEAPON' })
  })

  it('counts spans per label per annotator', () => {
    const result = runGoldspan(dir, 'stats', '--project', 'project', '--json')
    expect(result.status).toBe(0)
    const stats = JSON.parse(result.stdout) as {
      documents: number
      annotators: Record<string, { documents: Record<string, number>; spans: number; labels: Record<string, number> }>
    }
    expect(stats.documents).toBe(6)
    expect(Object.keys(stats.annotators)).toEqual(['alice', 'carol', 'dave'])
    expect(stats.annotators.alice).toEqual({
      documents: { todo: 4, in_progress: 0, done: 2 },
      spans: 9,
      labels: { PER: 1, ORG: 1, GPE: 3, LOC: 1, DATE: 0, WEAPON: 1, Attack: 1, Clash: 1, Death: 0, Withdrawal: 0 }
    })
    const table = runGoldspan(dir, 'stats', '--project', 'project').stdout
    expect(table).toMatch(/^ +alice +carol +dave$/m)
    expect(table).toMatch(/^documents done +2 +2 +2$/m)
    expect(table).toMatch(/^ {2}GPE +3 +3 +3$/m)
  })

  it('exports the other documents when one annotation file is truncated, names it, and leaves it byte-identical', () => {
    const file = join(dir, 'project', 'annotations', 'carol', 'mixed.json')
    const truncated = readFileSync(file).subarray(0, 100)
    writeFileSync(file, truncated)
    const result = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'carol', '--out', 'carol.jsonl')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${file}: `)
    expect(result.stderr).toContain('goldspan: 1 document(s) of the project were left out of carol.jsonl because they could not be read; see above\n')
    expect(readFileSync(file).equals(truncated)).toBe(true)
    const records = readExport(join(dir, 'carol.jsonl'))
    expect(records.map((record) => record.id)).not.toContain('mixed')
    expect(records).toHaveLength(5)
    expect(offsetsOf(records[1])).toEqual([
      ['T1', 0, 16],
      ['T2', 73, 83],
      ['T3', 121, 126],
      ['E1', 35, 41]
    ])
  })
})
