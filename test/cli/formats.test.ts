import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, runGoldspan, seedsDir } from './runGoldspan'

// Round trip through each foreign format: a hand-made goldspan layer is exported, imported
// back as another annotator, and must give the same spans, or lose only what was reported.

const seedId = '001_1b0f98beef4bd2c0'
const seedText = readFileSync(join(seedsDir, `${seedId}.txt`), 'utf8')
/** Hand-counted in acceptance.test.ts (all BMP characters, so UTF-16 = code points). */
const seedSpans = [
  { id: 'T1', start: 0, end: 16, label: 'ORG', text: 'L\u2019arm\u00e9e syrienne' },
  { id: 'T2', start: 73, end: 83, label: 'GPE', text: 'Etats-Unis' },
  { id: 'T3', start: 121, end: 126, label: 'GPE', text: 'Damas' }
]

// UTF-16: L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 _13 à14 _15 P16 a17 r18 i19 s20 .21 \n22
const emojiText = 'Le \u{1F680} de Zoe\u0301 \u00e0 Paris.\n'
/** Its attribute fits none of the foreign formats: every export must report it. */
const zoe = { id: 'T1', start: 9, end: 13, label: 'PER', text: 'Zoe\u0301', attributes: { Note: 'twin' } }
const paris = { id: 'T2', start: 16, end: 21, label: 'GPE', text: 'Paris' }
/** Nested around `paris`: formats without overlaps (CoNLL, spaCy) must report one of the two. */
const aParis = { id: 'T3', start: 14, end: 21, label: 'LOC', text: '\u00e0 Paris' }

/** One Clash with an argument and an attribute, and a relation: what only brat carries whole. */
const clash = {
  id: 'E1',
  type: 'Clash',
  trigger: { start: 35, end: 41, text: 'd\u00e9log\u00e9' },
  arguments: [{ role: 'Participant', ref: 'T1', start: 0, end: 16, text: seedSpans[0]?.text ?? '' }],
  attributes: { Modality: 'asserted' }
}
const relation = { id: 'R1', type: 'located_in', head: 'T1', tail: 'T3' }

type SpanKey = string
const keyOf = (span: { start: number; end: number; label: string }): SpanKey => `${span.label} ${span.start}-${span.end}`

interface ExportedRecord {
  id: string
  entities: Array<{ id: string; start: number; end: number; label: string; attributes?: Record<string, string> }>
  events: Array<{ id: string; type: string; trigger: { start: number; end: number }; arguments: Array<{ role: string; ref: string }>; attributes: Record<string, string> }>
  relations: Array<{ type: string; head: string; tail: string }>
}

/** A record's content with span ids replaced by `label start-end`, so formats that renumber ids compare equal. */
interface Structure {
  entities: string[]
  events: string[]
  relations: string[]
}

function structureOf(record: ExportedRecord): Structure {
  const keys = new Map<string, string>([
    ...record.entities.map((entity) => [entity.id, keyOf(entity)] as const),
    ...record.events.map((event) => [event.id, keyOf({ ...event.trigger, label: event.type })] as const)
  ])
  const withAttributes = (key: string, attributes: Record<string, string> | undefined): string =>
    Object.keys(attributes ?? {}).length > 0 ? `${key} ${JSON.stringify(attributes)}` : key
  return {
    entities: record.entities.map((entity) => withAttributes(keyOf(entity), entity.attributes)).sort(),
    events: record.events
      .map((event) => withAttributes(`${keyOf({ ...event.trigger, label: event.type })} [${event.arguments.map((argument) => `${argument.role}=${keys.get(argument.ref) ?? '?'}`).join(', ')}]`, event.attributes))
      .sort(),
    relations: record.relations.map((link) => `${link.type} ${keys.get(link.head) ?? '?'} -> ${keys.get(link.tail) ?? '?'}`).sort()
  }
}

/** The hand layer as written: what a format that carries everything gives back. */
const handStructure: Record<string, Structure> = {
  [seedId]: {
    entities: seedSpans.map(keyOf).sort(),
    events: ['Clash 35-41 [Participant=ORG 0-16] {"Modality":"asserted"}'],
    relations: ['located_in ORG 0-16 -> GPE 121-126']
  },
  emoji: { entities: [`${keyOf(zoe)} {"Note":"twin"}`, keyOf(paris), keyOf(aParis)].sort(), events: [], relations: [] }
}

describe('goldspan export / import-annotations --format', { timeout: 300_000 }, () => {
  let dir = ''

  beforeAll(() => {
    dir = makeTempDir()
    mkdirSync(join(dir, 'corpus'))
    for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt'))) copyFileSync(join(seedsDir, name), join(dir, 'corpus', name))
    writeFileSync(join(dir, 'corpus', 'emoji.txt'), emojiText)
    expect(runGoldspan(dir, 'import', 'corpus', '--project', 'project').status).toBe(0)
    const seedLine = JSON.parse(goldLine({ id: seedId, text: seedText, offset_unit: 'utf16', entities: seedSpans })) as Record<string, unknown>
    const hand = [
      JSON.stringify({ ...seedLine, events: [clash], relations: [relation] }),
      goldLine({ id: 'emoji', text: emojiText, offset_unit: 'utf16', entities: [zoe, paris, aParis] })
    ]
    writeFileSync(join(dir, 'hand.jsonl'), `${hand.join('\n')}\n`)
    const imported = runGoldspan(dir, 'import-annotations', 'hand.jsonl', '--project', 'project', '--annotator', 'hand')
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  /** The content of one annotator's documents that hold anything, read from a goldspan export in UTF-16. */
  function structuresOf(annotator: string): Record<string, Structure> {
    const out = `${annotator}.jsonl`
    expect(runGoldspan(dir, 'export', '--project', 'project', '--annotator', annotator, '--offset-unit', 'utf16', '--out', out).status).toBe(0)
    const records = readFileSync(join(dir, out), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as ExportedRecord)
    return Object.fromEntries(records.filter((record) => record.entities.length + record.events.length > 0).map((record) => [record.id, structureOf(record)]))
  }

  function roundTrip(format: string, out: string, ...options: string[]): { exported: string; imported: string; structures: Record<string, Structure> } {
    const annotator = ['back', format, ...options.filter((option) => !option.startsWith('--'))].join('-')
    const exported = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'hand', '--format', format, '--out', out, ...options)
    expect(exported.status).toBe(0)
    expect(exported.stdout).toContain(`exported 6 document(s), 6 entities, 1 events by hand to ${out} (${format})`)
    // Reading needs no column count: the tag is the last column.
    const readOptions = options.filter((option, index) => option !== '--conll-columns' && options[index - 1] !== '--conll-columns')
    const imported = runGoldspan(dir, 'import-annotations', out, '--format', format, '--project', 'project', '--annotator', annotator, ...readOptions)
    expect(imported.stdout).toContain(`as ${annotator}`)
    expect(imported.status).toBe(0)
    return { exported: exported.stderr, imported: imported.stderr, structures: structuresOf(annotator) }
  }

  const eventLost = `not carried: ${seedId}: event E1 Clash 35-41 "d\u00e9log\u00e9" Participant:T1: `
  const attributesLost = 'not carried: emoji: T1 PER attributes {"Note":"twin"}: '

  it('brat gives back everything: spans, the event with its argument and attribute, the relation, the note', () => {
    const { exported, imported, structures } = roundTrip('brat', 'out-brat')
    expect(exported).toBe('')
    expect(imported).toBe('')
    expect(structures).toEqual(handStructure)
  })

  it.each([
    ['doccano', 'out.doccano.jsonl', "doccano's entities form"],
    ['labelstudio', 'out.labelstudio.json', 'Label Studio']
  ])('%s gives back the spans and the relation, and reports the event and the attributes', (format, out, name) => {
    const { exported, structures } = roundTrip(format, out)
    expect(exported).toContain(`${eventLost}${name} has no events`)
    expect(exported).toContain(`${attributesLost}${name} has no span attributes`)
    expect(exported).toContain('2 item(s) not carried by the export')
    expect(structures).toEqual({
      [seedId]: { ...handStructure[seedId], events: [] },
      emoji: { ...handStructure.emoji, entities: [keyOf(zoe), keyOf(paris), keyOf(aParis)].sort() }
    })
  })

  it.each([
    ['spacy', 'out.spacy.jsonl'],
    ['conll', 'out.conll']
  ])('%s gives back the spans but one of the nested pair, and reports it, the event, the relation and the attributes', (format, out) => {
    const { exported, structures } = roundTrip(format, out)
    expect(exported).toContain(eventLost)
    expect(exported).toContain(`not carried: ${seedId}: relation R1 located_in T1->T3: `)
    expect(exported).toContain(attributesLost)
    expect(structures[seedId]).toEqual({ entities: handStructure[seedId]?.entities, events: [], relations: [] })
    const kept = structures.emoji?.entities ?? []
    expect(kept).toContain(keyOf(zoe))
    expect(kept).toHaveLength(2)
    const lost = [paris, aParis].find((span) => !kept.includes(keyOf(span)))
    expect(lost).toBeDefined()
    expect(exported).toContain(`${lost?.label} ${lost?.start}-${lost?.end} ${JSON.stringify(lost?.text)}`)
  })

  it('CoNLL-2003 4 columns in BIOES: written with _ placeholders, S-/E- tags, and read back the same', () => {
    const { structures } = roundTrip('conll', 'out.bioes.conll', '--tag-scheme', 'bioes', '--conll-columns', '4')
    const written = readFileSync(join(dir, 'out.bioes.conll'), 'utf8')
    expect(written.startsWith('-DOCSTART- -X- -X- O\n\n')).toBe(true)
    // seed 001: "Etats-Unis" is three tokens, "Damas" one.
    expect(written).toContain('Etats _ _ B-GPE\n- _ _ I-GPE\nUnis _ _ E-GPE\n')
    expect(written).toContain('Damas _ _ S-GPE\n')
    expect(structures[seedId]?.entities).toEqual(handStructure[seedId]?.entities)
    const asBio = runGoldspan(dir, 'import-annotations', 'out.bioes.conll', '--format', 'conll', '--tag-scheme', 'bio', '--project', 'project', '--annotator', 'bio-check')
    expect(asBio.status).toBe(1)
    expect(asBio.stderr).toMatch(/out\.bioes\.conll:\d+: "E-GPE" is a BIOES tag, but the file is read as BIO/)
    const wrongFormat = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'hand', '--format', 'doccano', '--tag-scheme', 'bioes', '--out', 'x.jsonl')
    expect(wrongFormat.status).toBe(2)
    expect(wrongFormat.stderr).toContain('--tag-scheme and --conll-columns apply to --format conll')
  })

  it('writes brat as a folder with annotation.conf and one .txt/.ann pair per document', () => {
    const names = readdirSync(join(dir, 'out-brat'))
    expect(names).toContain('annotation.conf')
    expect(names).toContain('emoji.txt')
    expect(names.filter((name) => name.endsWith('.ann'))).toHaveLength(6)
    // brat counts code points: the rocket is one, so Paris starts at 15, not 16.
    expect(readFileSync(join(dir, 'out-brat', 'emoji.ann'), 'utf8')).toContain('GPE 15 20\tParis')
    writeFileSync(join(dir, 'out-brat', 'stale.ann'), '')
    const again = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'hand', '--format', 'brat', '--out', 'out-brat')
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`${join('out-brat', 'stale.ann')}: not part of this export`)
  })

  it('lists on import, per item, what the format held that goldspan cannot carry, and imports the rest', () => {
    mkdirSync(join(dir, 'lossy-brat'))
    writeFileSync(join(dir, 'lossy-brat', 'emoji.txt'), emojiText)
    // Code points: Z8 o9 e10 ◌́11 … P15; T2 is discontinuous ("Z" + "e"); Sarcasm is no attribute of the default schema.
    writeFileSync(
      join(dir, 'lossy-brat', 'emoji.ann'),
      'T1\tGPE 15 20\tParis\nT2\tPER 8 9;10 11\tZ e\nN1\tReference T1 Wikidata:Q90\tParis\nA1\tSarcasm T1\n#1\tAnnotatorNotes T1\tcapitale\n'
    )
    const result = runGoldspan(dir, 'import-annotations', 'lossy-brat', '--format', 'brat', '--project', 'project', '--annotator', 'lossy')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('imported 1 document(s), 1 span(s), as lossy')
    const notCarried = result.stderr.split('\n').filter((line) => line.startsWith('not carried: emoji: '))
    expect(notCarried.map((line) => line.split(': ')[2])).toEqual(['T2 PER 8 9;10 11 Z e', 'N1 Reference T1 Wikidata:Q90 Paris', 'T1 GPE attribute Sarcasm="true"'])
    expect(result.stderr).toContain('3 item(s) not carried by the import in brat')
    // The note is carried: the default schema has a Note attribute for every label.
    expect(structuresOf('lossy')).toEqual({ emoji: { entities: [`${keyOf(paris)} {"Note":"capitale"}`], events: [], relations: [] } })
  })

  it('refuses a document whose text is not the project\u2019s, naming it, and writes nothing', () => {
    const line = JSON.stringify({ id: 'emoji', text: emojiText.replace('Paris', 'Lyon!'), label: [[16, 21, 'GPE']] })
    writeFileSync(join(dir, 'changed.jsonl'), `${line}\n`)
    const result = runGoldspan(dir, 'import-annotations', 'changed.jsonl', '--format', 'doccano', '--project', 'project', '--annotator', 'changed')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('document "emoji": sha256')
    expect(result.stderr).toContain('nothing was imported')
    expect(existsSync(join(dir, 'project', 'annotations', 'changed'))).toBe(false)
  })
})
