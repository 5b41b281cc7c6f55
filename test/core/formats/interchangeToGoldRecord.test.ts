import { describe, expect, it } from 'vitest'
import { interchangeToGoldRecord } from '../../../src/core/formats/interchangeToGoldRecord'
import { defaultSchema } from '../../../src/core/schema'

const options = { annotator: 'tool', sha256: 'a'.repeat(64), exportedAt: '2026-11-25T00:00:00.000Z' }
// A0 s1 s2 a3 d4 _5 f6 r7 a8 p9 p10 e11 _12 D13 a14 m15 a16 s17
const text = 'Assad frappe Damas'

describe('interchangeToGoldRecord', () => {
  it('renumbers ids that are not T<n>/R<n>, follows them in arguments and relations, and makes event-typed spans events', () => {
    const { record, report } = interchangeToGoldRecord(
      {
        id: 'd',
        text,
        // doccano-style ids; "frappe" comes from a format without events, labelled with an event type.
        spans: [
          { id: '1', start: 0, end: 5, label: 'PER' },
          { id: 'T1', start: 13, end: 18, label: 'GPE' },
          { id: '7', start: 6, end: 12, label: 'Attack' }
        ],
        relations: [{ id: '3', type: 'located_in', head: '1', tail: 'T1' }]
      },
      defaultSchema,
      options
    )
    expect(report).toEqual([])
    expect(record.entities.map(({ id, label, text: covered }) => [id, label, covered])).toEqual([
      ['T3', 'PER', 'Assad'],
      ['T1', 'GPE', 'Damas']
    ])
    // T1 stays with the span that had it; the others get the next numbers no source id claims.
    expect(record.events).toEqual([{ id: 'T2', type: 'Attack', trigger: { start: 6, end: 12, text: 'frappe' }, arguments: [], attributes: {} }])
    expect(record.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T3', tail: 'T1' }])
  })

  it('reports and leaves out attributes the schema lacks and references to no span', () => {
    const { record, report } = interchangeToGoldRecord(
      {
        id: 'd',
        text,
        spans: [
          { id: 'T1', start: 0, end: 5, label: 'PER', attributes: { Note: 'chef', Rank: 'président' } },
          { id: 'T2', start: 13, end: 18, label: 'GPE' }
        ],
        events: [{ id: 'T3', start: 6, end: 12, label: 'Attack', attributes: { Modality: 'maybe' }, arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Target', ref: 'T9' }] }],
        relations: [{ type: 'located_in', head: 'T3', tail: 'T8' }]
      },
      defaultSchema,
      options
    )
    expect(record.entities[0]?.attributes).toEqual({ Note: 'chef' })
    expect(record.events[0]?.arguments.map((argument) => `${argument.role}:${argument.ref}`)).toEqual(['Attacker:T1'])
    expect(record.events[0]?.attributes).toEqual({})
    expect(record.relations).toEqual([])
    expect(report.map((issue) => `${issue.item}: ${issue.reason}`)).toEqual([
      'T1 PER attribute Rank="président": the project schema: PER has no attribute "Rank"',
      'event T3 Attack 6-12 "frappe" argument Target:T9: "T9" is no single span of the document',
      'T3 Attack attribute Modality="maybe": the project schema: attribute Modality takes "asserted", "hypothetical", "negated", "reported", not "maybe"',
      'relation located_in T3->T8: "T8" is no single span of the document'
    ])
  })
})
