import { describe, expect, it } from 'vitest'
import { readBratDocument, writeBratDocument } from '../../../src/core/formats/brat'
import { readDoccano, writeDoccano } from '../../../src/core/formats/doccano'
import type { GoldRecord } from '../../../src/core/formats/goldspan'
import type { InterchangeDocument, ReadResult, WriteResult } from '../../../src/core/formats/interchange'
import { interchangeToGoldRecord } from '../../../src/core/formats/interchangeToGoldRecord'
import { readLabelStudio, writeLabelStudio } from '../../../src/core/formats/labelstudio'
import { readSpacyJsonl, writeSpacyJsonl } from '../../../src/core/formats/spacy'
import { defaultSchema } from '../../../src/core/schema'
import { nthIndexOf, seedDocuments, trickyDocument } from './fixtures'

// The five seeds with their hand spans, and on seed 000 an Attack ("bombardé") with two
// arguments and an attribute, a relation from the event and one between two entities:
// through each format and back, what comes back is everything or exactly what was reported.
const seedWithEvent = '000_2bf93c0143f687be'

function withEvent(document: InterchangeDocument): InterchangeDocument {
  if (document.id !== seedWithEvent) return document
  const spans = document.spans.map((span, index) => ({ ...span, id: `T${index + 1}` }))
  const idOf = (words: string): string => {
    const found = spans.find((span) => document.text.slice(span.start, span.end) === words)
    if (!found) throw new Error(`fixture: no span "${words}"`)
    return found.id
  }
  const start = nthIndexOf(document.text, 'bombardé')
  return {
    ...document,
    spans,
    events: [
      {
        id: 'T9',
        start,
        end: start + 'bombardé'.length,
        label: 'Attack',
        attributes: { Modality: 'asserted' },
        arguments: [
          { role: 'Attacker', ref: idOf('armée de l’air russe') },
          { role: 'Place', ref: idOf('al-Safa') }
        ]
      }
    ],
    relations: [
      { id: 'R1', type: 'located_in', head: 'T9', tail: idOf('al-Safa') },
      { id: 'R2', type: 'allied_with', head: idOf('armée de l’air russe'), tail: idOf('OTAN') }
    ]
  }
}

/** A record's content with ids replaced by `label start-end`: formats renumber ids. */
function contentOf(record: GoldRecord): { entities: string[]; events: string[]; relations: string[] } {
  const keys = new Map<string, string>([
    ...record.entities.map((entity) => [entity.id, `${entity.label} ${entity.start}-${entity.end}`] as const),
    ...record.events.map((event) => [event.id, `${event.type} ${event.trigger.start}-${event.trigger.end}`] as const)
  ])
  return {
    entities: [...keys.entries()].filter(([id]) => record.entities.some((entity) => entity.id === id)).map(([, key]) => key).sort(),
    events: record.events.map((event) => `${keys.get(event.id)} ${event.arguments.map((argument) => `${argument.role}=${keys.get(argument.ref)}`).join(' ')} ${JSON.stringify(event.attributes)}`),
    relations: record.relations.map((relation) => `${relation.type} ${keys.get(relation.head)} -> ${keys.get(relation.tail)}`).sort()
  }
}

const options = { annotator: 'x', sha256: '0'.repeat(64), exportedAt: '2026-11-25T00:00:00.000Z' }
const asRecord = (document: InterchangeDocument): GoldRecord => interchangeToGoldRecord(document, defaultSchema, options).record

/** The formats that hold relations between spans, each with the form that holds them. */
const relationFormats: Record<string, { write: (documents: InterchangeDocument[]) => WriteResult; read: (output: string) => ReadResult }> = {
  doccano: { write: (documents) => writeDoccano(documents, { form: 'entities' }), read: (output) => readDoccano(output, { source: 'd.jsonl' }) },
  labelstudio: { write: (documents) => writeLabelStudio(documents), read: (output) => readLabelStudio(output, { source: 'l.json' }) }
}

describe('seeds with an event, relations and an attribute through each format and back', () => {
  const seeds = seedDocuments().map(withEvent)
  const expected = new Map(seeds.map((document) => [document.id, contentOf(asRecord(document))]))
  const seedContent = expected.get(seedWithEvent)

  it('holds, as written, the event with its arguments and attribute and both relations (the hand fixture itself)', () => {
    expect(seedContent?.events).toHaveLength(1)
    expect(seedContent?.events[0]).toMatch(/^Attack \d+-\d+ Attacker=ORG \d+-\d+ Place=LOC \d+-\d+ \{"Modality":"asserted"\}$/)
    expect(seedContent?.relations).toHaveLength(2)
  })

  it('brat gives back everything, with nothing reported', () => {
    for (const seed of seeds) {
      const files = writeBratDocument(seed)
      expect(files.report).toEqual([])
      const read = readBratDocument({ id: seed.id, text: seed.text, ann: files.ann, annSource: `${seed.id}.ann` })
      expect(read.errors).toEqual([])
      expect(read.report).toEqual([])
      expect(contentOf(asRecord(read.documents[0] as InterchangeDocument))).toEqual(expected.get(seed.id))
    }
  })

  it.each(['doccano', 'labelstudio'])('%s gives back the spans and the relation between entities; it reports the event and the relation from it', (name) => {
    const format = relationFormats[name]!
    const written = format.write(seeds)
    expect(written.report.map((issue) => `${issue.document}: ${issue.item.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      `${seedWithEvent}: event T9 Attack`,
      `${seedWithEvent}: relation R1 located_in`
    ])
    const read = format.read(written.output)
    expect(read.errors).toEqual([])
    for (const document of read.documents) {
      const back = contentOf(asRecord(document))
      const original = expected.get(document.id)!
      expect(back).toEqual({ ...original, events: [], relations: original.relations.filter((relation) => !relation.startsWith('located_in')) })
    }
  })

  it('spaCy gives back the spans but the nested one; it reports that span, the event and both relations', () => {
    const written = writeSpacyJsonl(seeds)
    expect(written.report.map((issue) => `${issue.document}: ${issue.item.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      `${seedWithEvent}: event T9 Attack`,
      `${seedWithEvent}: relation R1 located_in`,
      `${seedWithEvent}: relation R2 allied_with`,
      `${seedWithEvent}: span T5 GPE`
    ])
    const read = readSpacyJsonl(written.output, 's.jsonl')
    for (const document of read.documents) {
      const original = expected.get(document.id)!
      const nested = document.id === seedWithEvent ? [original.entities.find((key) => key.startsWith('GPE'))] : []
      expect(contentOf(asRecord(document))).toEqual({ entities: original.entities.filter((key) => !nested.includes(key)), events: [], relations: [] })
    }
  })
})

describe('an event over emoji, a combining mark and CRLF', () => {
  // trickyText: "Cafe\u0301 de Zoë 👩\u200D👧 :\r\nMoscou\u00A0🇷🇺 a frappé Idlib.\r\nFin"
  const tricky = trickyDocument()
  const spans = tricky.spans.map((span, index) => ({ ...span, id: `T${index + 1}` }))
  const start = nthIndexOf(tricky.text, 'frappé')
  const document: InterchangeDocument = {
    ...tricky,
    spans,
    // T3 Moscou (GPE), T4 Idlib (GPE), T2 Zoë (PER): see fixtures.ts.
    events: [{ id: 'T6', start, end: start + 'frappé'.length, label: 'Attack', arguments: [{ role: 'Attacker', ref: 'T3' }, { role: 'Target', ref: 'T4' }] }],
    relations: [{ id: 'R1', type: 'allied_with', head: 'T2', tail: 'T3' }]
  }

  it('brat writes code points (frappé at 32-38, not UTF-16 36-42) and gives the same record back', () => {
    // Moscou starts at 22 UTF-16 units, 20 code points (fixtures.ts); then Moscou 6, NBSP 1,
    // the flag 4 units but 2 code points, " a " 3: frappé starts at 36 (UTF-16), 32 (code points).
    expect(start).toBe(36)
    const files = writeBratDocument(document)
    expect(files.ann).toContain('\tAttack 32 38\tfrappé\n')
    expect(files.ann).toContain('E1\tAttack:T6 Attacker:T3 Target:T4\n')
    const read = readBratDocument({ id: 'tricky', text: tricky.text, ann: files.ann, annSource: 'tricky.ann' })
    expect(read.report).toEqual([])
    expect(asRecord(read.documents[0] as InterchangeDocument)).toEqual(asRecord(document))
  })

  it('Label Studio keeps the relation in UTF-16 and reports the event', () => {
    const written = writeLabelStudio([document])
    expect(written.report.map((issue) => issue.item)).toEqual(['event T6 Attack 36-42 "frappé" Attacker:T3 Target:T4'])
    const back = readLabelStudio(written.output, { source: 'l.json' }).documents[0] as InterchangeDocument
    expect(contentOf(asRecord(back))).toEqual({ ...contentOf(asRecord(document)), events: [] })
  })
})
