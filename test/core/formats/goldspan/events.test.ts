import { describe, expect, it } from 'vitest'
import type { CorpusDocument, DocumentAnnotations } from '../../../../src/core/model'
import {
  checkGoldRecord,
  fromGoldRecord,
  GoldExportError,
  parseGoldJsonl,
  serializeGoldJsonl,
  toGoldRecord,
  type GoldRecord
} from '../../../../src/core/formats/goldspan'
import { defaultSchema } from '../../../../src/core/schema'
import { annotations, SEED_TEXT, seedAttack, span } from '../../annotations/linkFixture'

const exportedAt = '2026-11-25T12:00:00.000Z'
const seedDocument: CorpusDocument = { id: 'seed', text: SEED_TEXT, sha256: 'a'.repeat(64), source: 'seed.txt', meta: {} }

// "💥 Daech a attaqué puis quitté Palmyre." The emoji is 2 UTF-16 units, 1 code point:
// utf16 Daech 3-8, attaqué 11-18, quitté 24-30, Palmyre 31-38; code points one less each.
const SHARED_TEXT = '\u{1F4A5} Daech a attaqué puis quitté Palmyre.'
const sharedDocument: CorpusDocument = { id: 'shared', text: SHARED_TEXT, sha256: 'b'.repeat(64), source: 'shared.txt', meta: {} }
function sharedAnnotations(): DocumentAnnotations {
  return {
    ...annotations([
      span('T1', 3, 8, 'ORG'),
      span('T2', 11, 18, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Target', ref: 'T4' }], attributes: { Modality: 'asserted' } }),
      span('T3', 24, 30, 'Withdrawal', { arguments: [{ role: 'Agent', ref: 'T1' }, { role: 'Origin', ref: 'T4' }] }),
      span('T4', 31, 38, 'GPE', { attributes: { Note: 'Tadmor' } })
    ]),
    documentId: 'shared',
    sha256: 'b'.repeat(64)
  }
}

/** What import-annotations stores from a record: the imported spans by the importing annotator. */
function reimport(record: GoldRecord, base: DocumentAnnotations): DocumentAnnotations {
  const imported = fromGoldRecord(record)
  return {
    ...base,
    status: imported.status,
    spans: imported.spans.map((imported) => ({ ...imported, annotator: 'ana', created: 'x', updated: 'x' })),
    relations: imported.relations
  }
}

describe('gold JSONL events, arguments and relations', () => {
  it('exports the seed sentence as one Attack with Attacker, Target and Place, and one relation', () => {
    const record = toGoldRecord(seedDocument, { ...seedAttack(), sha256: 'a'.repeat(64) }, defaultSchema, { exportedAt })
    expect(record.events).toEqual([
      {
        id: 'T2',
        type: 'Attack',
        trigger: { start: 46, end: 54, text: 'bombardé' },
        arguments: [
          { role: 'Attacker', ref: 'T1', start: 0, end: 22, text: 'l’armée de l’air russe' },
          { role: 'Target', ref: 'T3', start: 55, end: 95, text: 'les positions du groupe terroriste Daech' },
          { role: 'Place', ref: 'T5', start: 104, end: 120, text: 'région d’al-Safa' }
        ],
        attributes: {}
      }
    ])
    expect(record.entities.map((entity) => [entity.id, entity.label, entity.text])).toEqual([
      ['T1', 'ORG', 'l’armée de l’air russe'],
      ['T3', 'LOC', 'les positions du groupe terroriste Daech'],
      ['T4', 'ORG', 'groupe terroriste Daech'],
      ['T5', 'LOC', 'région d’al-Safa']
    ])
    expect(record.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T3', tail: 'T5' }])
    expect(record.meta.format_version).toBe(2)
    expect(checkGoldRecord(record, defaultSchema)).toEqual([])
  })

  it('round-trips the seed record through serialize, parse and import unchanged', () => {
    const stored = { ...seedAttack(), sha256: 'a'.repeat(64) }
    const record = toGoldRecord(seedDocument, stored, defaultSchema, { exportedAt })
    const line = serializeGoldJsonl([record])
    const parsed = parseGoldJsonl(line, 'seed.jsonl', { schema: defaultSchema })
    expect(parsed.problems).toEqual([])
    const again = toGoldRecord(seedDocument, reimport(parsed.records[0] as GoldRecord, stored), defaultSchema, { exportedAt })
    expect(serializeGoldJsonl([again])).toBe(line)
  })

  it('converts argument offsets with the triggers, and two events may share arguments', () => {
    const record = toGoldRecord(sharedDocument, sharedAnnotations(), defaultSchema, { exportedAt })
    expect(record.entities).toEqual([
      { id: 'T1', start: 2, end: 7, label: 'ORG', text: 'Daech', attributes: {} },
      { id: 'T4', start: 30, end: 37, label: 'GPE', text: 'Palmyre', attributes: { Note: 'Tadmor' } }
    ])
    expect(record.events).toEqual([
      {
        id: 'T2',
        type: 'Attack',
        trigger: { start: 10, end: 17, text: 'attaqué' },
        arguments: [
          { role: 'Attacker', ref: 'T1', start: 2, end: 7, text: 'Daech' },
          { role: 'Target', ref: 'T4', start: 30, end: 37, text: 'Palmyre' }
        ],
        attributes: { Modality: 'asserted' }
      },
      {
        id: 'T3',
        type: 'Withdrawal',
        trigger: { start: 23, end: 29, text: 'quitté' },
        arguments: [
          { role: 'Agent', ref: 'T1', start: 2, end: 7, text: 'Daech' },
          { role: 'Origin', ref: 'T4', start: 30, end: 37, text: 'Palmyre' }
        ],
        attributes: {}
      }
    ])
    const utf16 = toGoldRecord(sharedDocument, sharedAnnotations(), defaultSchema, { exportedAt, offsetUnit: 'utf16' })
    expect(utf16.events[1]?.arguments[1]).toEqual({ role: 'Origin', ref: 'T4', start: 31, end: 38, text: 'Palmyre' })
    const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1)
    for (const exported of [record, utf16]) {
      const back = reimport(exported, sharedAnnotations())
      expect([...back.spans].sort(byId).map(({ id, start, end, label, attributes, arguments: args }) => ({ id, start, end, label, attributes, arguments: args }))).toEqual(
        sharedAnnotations().spans.map(({ id, start, end, label, attributes, arguments: args }) => ({ id, start, end, label, attributes, arguments: args }))
      )
    }
  })

  it('never exports a dangling id', () => {
    const dangling = { ...seedAttack(), sha256: 'a'.repeat(64), relations: [{ id: 'R1', type: 'located_in', head: 'T3', tail: 'T6' }] }
    expect(() => toGoldRecord(seedDocument, dangling, defaultSchema, { exportedAt })).toThrow(GoldExportError)
    expect(() => toGoldRecord(seedDocument, dangling, defaultSchema, { exportedAt })).toThrow(
      'cannot export document "seed": relation R1 (located_in T3 → T6): no span "T6" in the document'
    )
  })
})

describe('checkGoldRecord with events', () => {
  const record = (): GoldRecord => toGoldRecord(seedDocument, { ...seedAttack(), sha256: 'a'.repeat(64) }, defaultSchema, { exportedAt })

  it('finds an argument whose offsets or text do not match its ref, and self-links', () => {
    const wrong = record()
    const event = wrong.events[0] as GoldRecord['events'][number]
    const bad: GoldRecord = {
      ...wrong,
      events: [
        {
          ...event,
          arguments: [
            { role: 'Attacker', ref: 'T1', start: 0, end: 21, text: 'l’armée de l’airruss' },
            { role: 'Target', ref: 'T2', start: 46, end: 54, text: 'bombardé' }
          ]
        }
      ],
      relations: [{ id: 'R1', type: 'located_in', head: 'T5', tail: 'T5' }]
    }
    expect(checkGoldRecord(bad)).toEqual([
      'event "T2" argument 0 (Attacker): offsets 0-21 differ from "T1" (0-22)',
      'event "T2" argument 1 (Target): an event cannot be its own argument',
      'relation "R1": links "T5" to itself'
    ])
  })

  it('with a schema, checks roles, repeats, relation types and attributes', () => {
    const base = record()
    const event = base.events[0] as GoldRecord['events'][number]
    const [attacker, target, place] = event.arguments as [GoldRecord['events'][number]['arguments'][number], ...GoldRecord['events'][number]['arguments']]
    const bad: GoldRecord = {
      ...base,
      entities: base.entities.map((entity) => (entity.id === 'T1' ? { ...entity, attributes: { Polarity: 'positive' } } : entity)),
      events: [
        {
          ...event,
          arguments: [{ ...attacker, role: 'Victim' }, target as typeof attacker, place as typeof attacker, { ...(target as typeof attacker), role: 'Place' }],
          attributes: { Modality: 'certain' }
        }
      ],
      relations: [{ id: 'R1', type: 'allied_with', head: 'T3', tail: 'T5' }]
    }
    expect(checkGoldRecord(bad, defaultSchema)).toEqual([
      'event "T2" argument 0 (Victim): Attack has no role "Victim"',
      'relation "R1": allied_with starts from PER, ORG, GPE, not LOC',
      'event "T2": role Place is filled 2 times but is not repeatable',
      'entity "T1": ORG has no attribute "Polarity"',
      'event "T2": attribute Modality takes "asserted", "hypothetical", "negated", "reported", not "certain"'
    ])
    expect(checkGoldRecord(bad)).toEqual([])
  })

  it('reads a version-1 line (entities without attributes)', () => {
    const value = JSON.parse(serializeGoldJsonl([record()])) as { entities: Record<string, unknown>[]; meta: Record<string, unknown> }
    for (const entity of value.entities) delete entity.attributes
    value.meta.format_version = 1
    const version1 = `${JSON.stringify(value)}\n`
    const parsed = parseGoldJsonl(version1, 'v1.jsonl')
    expect(parsed.problems).toEqual([])
    expect(parsed.records[0]?.entities[0]).toEqual({ id: 'T1', start: 0, end: 22, label: 'ORG', text: 'l’armée de l’air russe' })
  })
})
