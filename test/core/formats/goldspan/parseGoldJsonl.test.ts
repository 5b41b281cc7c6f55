import { describe, expect, it } from 'vitest'
import {
  formatGoldProblem,
  parseGoldJsonl,
  serializeGoldJsonl,
  toGoldRecord,
  type GoldRecord
} from '../../../../src/core/formats/goldspan'
import { mixedAnnotations, mixedDocument, schema, sha256Of } from './mixedText'

const exportedAt = '2026-11-25T12:00:00.000Z'
const goodRecord = (): GoldRecord => toGoldRecord(mixedDocument, mixedAnnotations(), schema, { exportedAt })
const lineOf = (value: unknown): string => JSON.stringify(value)

/** A record with a few fields replaced, as a JSON line. */
function variant(change: (record: Record<string, unknown>) => void): string {
  const record = JSON.parse(JSON.stringify(goodRecord())) as Record<string, unknown>
  change(record)
  return lineOf(record)
}

function reasons(content: string, options = {}): string[] {
  return parseGoldJsonl(content, 'in.jsonl', options).problems.map(formatGoldProblem)
}

describe('serializeGoldJsonl', () => {
  it('writes one line per record in the documented key order, newline-terminated', () => {
    const content = serializeGoldJsonl([goodRecord()])
    expect(content.endsWith('}\n')).toBe(true)
    expect(content.split('\n')).toHaveLength(2)
    expect(Object.keys(JSON.parse(content) as object)).toEqual(['id', 'text', 'sha256', 'offset_unit', 'entities', 'events', 'relations', 'meta'])
    // CRLF inside the text is escaped, so a record never spans two lines.
    expect(content).toContain('Zoe\u0301\\r\\n\u00e0')
  })

  it('round-trips through parseGoldJsonl with both units', () => {
    const records = [goodRecord(), toGoldRecord({ ...mixedDocument, id: 'mixed-2' }, { ...mixedAnnotations(), documentId: 'mixed-2' }, schema, { exportedAt, offsetUnit: 'utf16' })]
    const parsed = parseGoldJsonl(serializeGoldJsonl(records), 'out.jsonl', { hashText: sha256Of, schema })
    expect(parsed.problems).toEqual([])
    expect(parsed.records).toEqual(records)
    expect(parsed.recordLines).toEqual([1, 2])
  })
})

describe('parseGoldJsonl problems, one per reason, as file:line: reason', () => {
  it('reports bad JSON and keeps reading the next lines', () => {
    const content = `{"id": "broken"\n${lineOf(goodRecord())}\n`
    const result = parseGoldJsonl(content, 'in.jsonl')
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]?.line).toBe(1)
    expect(result.problems[0]?.reason).toMatch(/^invalid JSON: /)
    expect(result.records.map((record) => record.id)).toEqual(['mixed'])
    expect(result.recordLines).toEqual([2])
  })

  it('reports a value that is not an object', () => {
    expect(reasons('[1, 2]\n')).toEqual(['in.jsonl:1: not a JSON object'])
  })

  it('reports missing and mistyped fields with their path', () => {
    const content = variant((record) => {
      delete record.text
      ;(record.entities as Record<string, unknown>[])[0]!.start = '3'
    })
    expect(reasons(content)).toEqual([
      'in.jsonl:1: text: missing',
      'in.jsonl:1: entities[0].start: Invalid input: expected number, received string'
    ])
  })

  it('reports an unknown offset unit and an unknown field', () => {
    const content = variant((record) => {
      record.offset_unit = 'bytes'
      record.labels = []
    })
    expect(reasons(content)).toEqual([
      'in.jsonl:1: offset_unit: Invalid option: expected one of "codepoint"|"utf16"',
      'in.jsonl:1: (record): Unrecognized key: "labels"'
    ])
  })

  it('reports offsets past the end of the text in the stated unit', () => {
    // 23 code points: 22-24 is past the end although it would fit in 24 UTF-16 units.
    const content = variant((record) => {
      ;(record.entities as Record<string, unknown>[])[2] = { id: 'T3', start: 22, end: 24, label: 'GPE', text: '!' }
    })
    expect(reasons(content)).toEqual(['in.jsonl:1: entity "T3" 22-24: outside the text (length 23 code points)'])
  })

  it('reports span text that does not match text[start:end], i.e. utf16 offsets labelled codepoint', () => {
    // "Paris" is 17-22 in UTF-16 units; read as code points 17-22 is "aris" + NBSP.
    const content = variant((record) => {
      ;(record.entities as Record<string, unknown>[])[2] = { id: 'T3', start: 17, end: 22, label: 'GPE', text: 'Paris' }
    })
    expect(reasons(content)).toEqual([
      'in.jsonl:1: entity "T3" 17-22: text is "Paris" but text[17:22] in code points is "aris\u00a0"'
    ])
  })

  it('reports an event trigger that does not match', () => {
    const content = variant((record) => {
      ;(record.events as { trigger: Record<string, unknown> }[])[0]!.trigger.text = 'du'
    })
    expect(reasons(content)).toEqual(['in.jsonl:1: event "E1" trigger 5-7: text is "du" but text[5:7] in code points is "de"'])
  })

  it('reports an empty span', () => {
    const content = variant((record) => {
      ;(record.entities as Record<string, unknown>[])[0] = { id: 'T1', start: 3, end: 3, label: 'WEAPON', text: '' }
    })
    expect(reasons(content)).toEqual(['in.jsonl:1: entity "T1" 3-3: empty or reversed span'])
  })

  it('reports a utf16 span that splits a surrogate pair', () => {
    const content = variant((record) => {
      record.offset_unit = 'utf16'
      record.entities = [{ id: 'T1', start: 3, end: 4, label: 'WEAPON', text: '\ud83d' }]
      record.events = []
    })
    expect(reasons(content)).toEqual(['in.jsonl:1: entity "T1" 3-4: end splits a surrogate pair'])
  })

  it('reports duplicate document ids with the first line', () => {
    const line = lineOf(goodRecord())
    const result = parseGoldJsonl(`${line}\n${line}\n`, 'in.jsonl')
    expect(result.problems.map(formatGoldProblem)).toEqual(['in.jsonl:2: duplicate document id "mixed" (first on line 1)'])
    expect(result.records).toHaveLength(1)
  })

  it('reports duplicate span ids across entities and events', () => {
    const content = variant((record) => {
      ;(record.events as Record<string, unknown>[])[0]!.id = 'T1'
    })
    expect(reasons(content)).toEqual(['in.jsonl:1: duplicate span id "T1" (event)'])
  })

  it('reports a sha256 that does not match the text when a hash function is given', () => {
    const content = variant((record) => {
      record.sha256 = 'a'.repeat(64)
    })
    expect(reasons(content)).toEqual([])
    expect(reasons(content, { hashText: sha256Of })).toEqual([
      `in.jsonl:1: sha256 ${'a'.repeat(64)} does not match the text (its sha256 is ${mixedDocument.sha256})`
    ])
  })

  it('reports an empty line between records but accepts trailing ones', () => {
    const line = lineOf(goodRecord())
    const second = variant((record) => {
      record.id = 'second'
    })
    expect(reasons(`${line}\n\n${second}\n\n`)).toEqual(['in.jsonl:2: empty line'])
  })

  it('accepts CRLF line ends of the file itself', () => {
    const result = parseGoldJsonl(`${lineOf(goodRecord())}\r\n`, 'in.jsonl')
    expect(result.problems).toEqual([])
    expect(result.records).toHaveLength(1)
  })

  it('says a newer format version needs a newer reader', () => {
    const content = variant((record) => {
      ;(record.meta as Record<string, unknown>).format_version = 4
    })
    expect(reasons(content)).toEqual(['in.jsonl:1: format_version 4 is newer than this reader (3); update Goldspan'])
  })

  it('refuses suggested_by on a line of a version before 3', () => {
    const content = variant((record) => {
      ;(record.entities as Record<string, unknown>[])[0]!.suggested_by = { model: 'ner', suggestion: 'ner/0-3/PER' }
    })
    expect(reasons(content)).toEqual([`in.jsonl:1: suggested_by needs format_version 3, but the line says ${JSON.parse(lineOf(goodRecord())).meta.format_version}`])
  })

  it('checks labels against a schema when one is given', () => {
    const content = variant((record) => {
      ;(record.entities as Record<string, unknown>[])[0]!.label = 'ALIEN'
      ;(record.entities as Record<string, unknown>[])[1]!.label = 'Attack'
      ;(record.events as Record<string, unknown>[])[0]!.type = 'PER'
    })
    expect(reasons(content)).toEqual([])
    expect(reasons(content, { schema })).toEqual([
      'in.jsonl:1: entity "T1": unknown label "ALIEN"',
      'in.jsonl:1: entity "T2": "Attack" is an event type, not an entity type',
      'in.jsonl:1: event "E1": "PER" is an entity type, not an event type'
    ])
  })

  it('reports dangling argument and relation references', () => {
    const content = variant((record) => {
      ;(record.events as Record<string, unknown>[])[0]!.arguments = [
        { role: 'Attacker', ref: 'T2', start: 8, end: 12, text: 'Zoe\u0301' },
        { role: 'Target', ref: 'T7', start: 16, end: 21, text: 'Paris' },
        { role: 'Place', ref: 'T3', start: 16, end: 20, text: 'Pari' }
      ]
      record.relations = [{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T8' }]
    })
    expect(reasons(content)).toEqual([
      'in.jsonl:1: event "E1" argument 1 (Target): ref "T7" is not an entity or event of this document',
      'in.jsonl:1: event "E1" argument 2 (Place): offsets 16-20 differ from "T3" (16-21)',
      'in.jsonl:1: relation "R1": tail "T8" is not an entity or event of this document'
    ])
  })
})
