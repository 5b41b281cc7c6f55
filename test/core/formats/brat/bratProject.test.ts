import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAnnotationConf, readBratDocument, writeBratDocument } from '../../../../src/core/formats/brat'
import { checkGoldRecord, type GoldRecord } from '../../../../src/core/formats/goldspan'
import { goldRecordToInterchange } from '../../../../src/core/formats/goldRecordInterchange'
import { interchangeToGoldRecord } from '../../../../src/core/formats/interchangeToGoldRecord'
import type { Schema } from '../../../../src/core/schema'

// test/fixtures/brat-events: one document, a rocket emoji (2 UTF-16 units, 1 code point) and
// CRLF line ends, two events, a relation, a valued and a binary attribute, a note, a
// normalization and a discontinuous span.
const fixtureDir = resolve(__dirname, '../../../fixtures/brat-events')
const text = readFileSync(join(fixtureDir, 'idlib.txt'), 'utf8')
const ann = readFileSync(join(fixtureDir, 'idlib.ann'), 'utf8')
const conf = readFileSync(join(fixtureDir, 'annotation.conf'), 'utf8')
const options = { annotator: 'brat', sha256: '0'.repeat(64), exportedAt: '2026-11-25T00:00:00.000Z' }

function importBrat(schema: Schema, annContent: string): { record: GoldRecord; report: string[] } {
  const read = readBratDocument({ id: 'idlib', text, ann: annContent, annSource: 'idlib.ann' })
  expect(read.errors).toEqual([])
  const [document] = read.documents
  if (!document) throw new Error('no document read')
  const converted = interchangeToGoldRecord(document, schema, options)
  return { record: converted.record, report: [...read.report, ...converted.report].map((issue) => `${issue.item}: ${issue.reason}`) }
}

describe('a brat project with events, relations, attributes and notes', () => {
  const { schema, report: confReport, errors } = readAnnotationConf(conf, 'annotation.conf', 'idlib')

  it('reads annotation.conf into roles, relation types and attributes', () => {
    expect(errors).toEqual([])
    expect(confReport).toEqual([])
    expect(schema?.eventTypes.map(({ name, roles }) => ({ name, roles }))).toEqual([
      {
        name: 'Attack',
        roles: [
          { name: 'Attacker', types: ['PER', 'ORG', 'GPE'], repeatable: true },
          { name: 'Target', types: ['PER', 'ORG', 'GPE'], repeatable: true, required: true },
          { name: 'Time', types: ['DATE'] }
        ]
      },
      {
        name: 'Death',
        roles: [
          { name: 'Victim', types: ['PER'], repeatable: true, required: true },
          { name: 'Cause', types: ['Attack', 'Death'] },
          { name: 'Place', types: ['GPE'] }
        ]
      }
    ])
    expect(schema?.relationTypes).toEqual([{ name: 'located_in', head: ['PER', 'ORG', 'Attack', 'Death'], tail: ['GPE'] }])
    expect(schema?.attributes?.map((attribute) => [attribute.name, attribute.values ?? attribute.kind])).toEqual([
      ['Modality', ['asserted', 'hypothetical']],
      ['Uncertain', ['true']],
      ['Note', 'text']
    ])
  })

  it('imports with its events, roles, attributes and note intact, in UTF-16 offsets, reporting what it cannot carry', () => {
    const { record, report } = importBrat(schema as Schema, ann)
    // Code points → UTF-16: +1 after the rocket (code point 10). Counted by hand, checked with Python.
    expect(record.entities).toEqual([
      { id: 'T1', start: 3, end: 9, label: 'DATE', text: '3 mars', attributes: {} },
      { id: 'T2', start: 14, end: 27, label: 'ORG', text: 'l’armée russe', attributes: { Note: 'VKS' } },
      { id: 'T4', start: 39, end: 44, label: 'GPE', text: 'Idlib', attributes: {} },
      { id: 'T5', start: 52, end: 58, label: 'PER', text: 'civils', attributes: {} }
    ])
    expect(record.events).toEqual([
      {
        id: 'T3',
        type: 'Attack',
        trigger: { start: 30, end: 38, text: 'bombardé' },
        arguments: [
          { role: 'Attacker', ref: 'T2', start: 14, end: 27, text: 'l’armée russe' },
          { role: 'Target', ref: 'T4', start: 39, end: 44, text: 'Idlib' },
          { role: 'Time', ref: 'T1', start: 3, end: 9, text: '3 mars' }
        ],
        attributes: { Modality: 'asserted' }
      },
      {
        id: 'T6',
        type: 'Death',
        trigger: { start: 64, end: 69, text: 'morts' },
        arguments: [
          { role: 'Victim', ref: 'T5', start: 52, end: 58, text: 'civils' },
          { role: 'Cause', ref: 'T3', start: 30, end: 38, text: 'bombardé' },
          { role: 'Place', ref: 'T4', start: 39, end: 44, text: 'Idlib' }
        ],
        attributes: { Uncertain: 'true' }
      }
    ])
    expect(record.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T5', tail: 'T4' }])
    expect(checkGoldRecord(record, schema as Schema)).toEqual([])
    expect(report).toEqual([
      'T7 PER 46 50;51 57 Deux civils: discontinuous span (2 fragments) cannot be carried by goldspan',
      'N1 Reference T4 Wikidata:Q180754 Idlib: normalizations (links to external databases) are not carried'
    ])
  })

  it('round-trips: import → goldspan → brat → import gives the same record', () => {
    const first = importBrat(schema as Schema, ann).record
    const written = writeBratDocument(goldRecordToInterchange(first).document)
    expect(written.report).toEqual([])
    expect(written.ann).toContain('E2\tDeath:T6 Victim:T5 Cause:E1 Place:T4\n')
    expect(written.ann).toContain('#1\tAnnotatorNotes T2\tVKS\n')
    expect(written.ann).toContain('\tUncertain E2\n')
    const second = importBrat(schema as Schema, written.ann)
    expect(second.report).toEqual([])
    expect(second.record).toEqual(first)
  })

  it('reports the note when the project schema has no Note attribute, and keeps the rest', () => {
    const withoutNote = { ...(schema as Schema), attributes: (schema as Schema).attributes?.filter((attribute) => attribute.name !== 'Note') }
    const { record, report } = importBrat(withoutNote, ann)
    expect(record.entities.find((entity) => entity.id === 'T2')?.attributes).toEqual({})
    expect(report).toContain('T2 ORG attribute Note="VKS": the project schema: ORG has no attribute "Note"')
  })
})
