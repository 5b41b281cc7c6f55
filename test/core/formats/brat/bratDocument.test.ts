import { describe, expect, it } from 'vitest'
import { readBratDocument, writeBratDocument } from '../../../../src/core/formats/brat'
import type { InterchangeDocument } from '../../../../src/core/formats/interchange'
import { plainSpans, seedDocuments, trickyDocument } from '../fixtures'

const text = 'Avec ses avions Soukhoï, l’armée de l’air russe a bombardé les positions de Daech.'

describe('brat standoff documents', () => {
  it('round-trips the seeds through .txt + .ann with identical spans, overlaps included', () => {
    for (const seed of seedDocuments()) {
      const files = writeBratDocument(seed)
      expect(files.text).toBe(seed.text)
      expect(files.report).toEqual([])
      const read = readBratDocument({ id: seed.id, text: files.text, ann: files.ann, annSource: `${seed.id}.ann` })
      expect(read.errors).toEqual([])
      expect(read.report).toEqual([])
      expect(plainSpans(read.documents[0]?.spans ?? [])).toEqual(plainSpans(seed.spans))
    }
  })

  it('writes code point offsets over emoji, CRLF and combining marks', () => {
    const document = trickyDocument()
    const { ann } = writeBratDocument(document)
    // Moscou: 20-26 and Idlib: 39-44 in code points (see fixtures.ts for the count).
    expect(ann).toContain('\tGPE 20 26\tMoscou\n')
    expect(ann).toContain('\tGPE 39 44\tIdlib\n')
    expect(ann).toContain('\tLOC 0 5\tCafe\u0301\n')
    const read = readBratDocument({ id: 'tricky', text: document.text, ann, annSource: 'tricky.ann' })
    expect(plainSpans(read.documents[0]?.spans ?? [])).toEqual(plainSpans(document.spans))
  })

  it('reads events with their roles, relations, attributes and notes; reports discontinuous spans, N and *', () => {
    // Code points: Avec0 ses5 avions9-15 Soukhoï16-23, l’armée… 25-47, bombardé 50-58, Daech 76-81.
    const ann = [
      'T1\tORG 25 47\tl’armée de l’air russe',
      'T2\tAttack 50 58\tbombardé',
      'T3\tORG 76 81\tDaech',
      'T4\tWEAPON 9 15;16 23\tavions Soukhoï',
      'T5\tWEAPON 9 15\tavions',
      'E1\tAttack:T2 Attacker:T1 Target:T3 Instrument:T5 Instrument2:T4',
      'R1\tenemy_of Arg1:T1 Arg2:T3',
      'R2\tuses Arg1:E1 Arg2:T5',
      'A1\tNegation E1',
      'M2\tConfidence T1 High',
      'A3\tCertain R1',
      'N1\tReference T3 Wikipedia:123\tDaech',
      '#1\tAnnotatorNotes T1\tvoir aussi\tVKS',
      '#2\tAnnotatorNotes E1\tfrappe aérienne',
      '*\tEquiv T1 T3',
      ''
    ].join('\n')
    const read = readBratDocument({ id: 'doc', text, ann, annSource: 'doc.ann' })
    expect(read.errors).toEqual([])
    const [document] = read.documents
    expect(document?.spans).toEqual([
      { id: 'T1', start: 25, end: 47, label: 'ORG', attributes: { Confidence: 'High', Note: 'voir aussi\tVKS' } },
      { id: 'T3', start: 76, end: 81, label: 'ORG' },
      { id: 'T5', start: 9, end: 15, label: 'WEAPON' }
    ])
    // The event takes its trigger's id; Instrument2 is brat's second Instrument, its filler T4 not carried.
    expect(document?.events).toEqual([
      {
        id: 'T2',
        start: 50,
        end: 58,
        label: 'Attack',
        attributes: { Negation: 'true', Note: 'frappe aérienne' },
        arguments: [
          { role: 'Attacker', ref: 'T1' },
          { role: 'Target', ref: 'T3' },
          { role: 'Instrument', ref: 'T5' }
        ]
      }
    ])
    expect(document?.relations).toEqual([
      { id: 'R1', type: 'enemy_of', head: 'T1', tail: 'T3' },
      { id: 'R2', type: 'uses', head: 'T2', tail: 'T5' }
    ])
    expect(read.report.map((issue) => `${issue.item}: ${issue.reason}`)).toEqual([
      'T4 WEAPON 9 15;16 23 avions Soukhoï: discontinuous span (2 fragments) cannot be carried by goldspan',
      'E1 Attack:T2 Attacker:T1 Target:T3 Instrument:T5 Instrument2:T4: argument Instrument:T4: T4 is not carried',
      'A3 Certain R1: attributes are carried on T and E annotations only',
      'N1 Reference T3 Wikipedia:123 Daech: normalizations (links to external databases) are not carried',
      '* Equiv T1 T3: equivalence sets are not carried'
    ])
  })

  it('names lines that point to ids the file lacks, and reports a second event on one trigger', () => {
    const ann = [
      'T2\tAttack 50 58\tbombardé',
      'E1\tAttack:T2 Target:T9',
      'E2\tAttack:T2',
      'E3\tDeath:T2',
      'R1\tr Arg1:E1 Arg2:T7',
      'A1\tNegation E8'
    ].join('\n')
    const read = readBratDocument({ id: 'doc', text, ann, annSource: 'doc.ann' })
    expect(read.errors.map((error) => `${error.line}: ${error.reason}`)).toEqual([
      '2: E1: argument Target:T9 names no T or E annotation of doc.ann',
      '4: E3: event type Death differs from its trigger T2\'s type Attack',
      '5: R1: argument "T7" names no T or E annotation of doc.ann',
      '6: A1: target "E8" names no T or E annotation of doc.ann'
    ])
    expect(read.report.map((issue) => issue.reason)).toEqual(['trigger T2 already makes another event; goldspan holds one event per trigger'])
  })

  it('writes events, relations, attributes and notes, and reads them back the same', () => {
    const document: InterchangeDocument = {
      id: 'doc',
      text,
      spans: [
        { id: 'T1', start: 25, end: 47, label: 'ORG', attributes: { Note: 'VKS' } },
        { id: 'T3', start: 76, end: 81, label: 'ORG' },
        { id: 'x', start: 9, end: 15, label: 'WEAPON', attributes: { Free: 'two words' } }
      ],
      events: [
        {
          id: 'T2',
          start: 50,
          end: 58,
          label: 'Attack',
          attributes: { Negation: 'true', Confidence: 'High' },
          arguments: [
            { role: 'Attacker', ref: 'T1' },
            { role: 'Target', ref: 'T3' },
            { role: 'Target', ref: 'x' }
          ]
        }
      ],
      relations: [{ id: 'R4', type: 'enemy_of', head: 'T2', tail: 'T3' }]
    }
    const files = writeBratDocument(document)
    expect(files.ann).toBe(
      [
        'T4\tWEAPON 9 15\tavions',
        'T1\tORG 25 47\tl’armée de l’air russe',
        'T2\tAttack 50 58\tbombardé',
        'T3\tORG 76 81\tDaech',
        'E1\tAttack:T2 Attacker:T1 Target:T3 Target2:T4',
        'R4\tenemy_of Arg1:E1 Arg2:T3',
        '#1\tAnnotatorNotes T1\tVKS',
        'A1\tNegation E1',
        'A2\tConfidence E1 High',
        ''
      ].join('\n')
    )
    expect(files.report.map((issue) => `${issue.item}: ${issue.reason}`)).toEqual(['x WEAPON attribute Free="two words": brat attribute values are single words'])
    const read = readBratDocument({ id: 'doc', text, ann: files.ann, annSource: 'doc.ann' })
    expect(read.errors).toEqual([])
    expect(read.report).toEqual([])
    const [event] = document.events ?? []
    expect(read.documents[0]?.events).toEqual([{ ...event, arguments: [...(event?.arguments.slice(0, 2) ?? []), { role: 'Target', ref: 'T4' }] }])
    expect(read.documents[0]?.relations).toEqual([{ id: 'R4', type: 'enemy_of', head: 'T2', tail: 'T3' }])
  })

  it('merges fragments split only by a line break, as brat writes a multi-line span', () => {
    const twoLines = 'la région\r\nd’al-Safa'
    const document = { id: 'd', text: twoLines, spans: [{ start: 3, end: twoLines.length, label: 'LOC' }] }
    const files = writeBratDocument(document)
    expect(files.ann).toBe('T1\tLOC 3 9;11 20\trégion d’al-Safa\n')
    expect(files.report).toHaveLength(1)
    const read = readBratDocument({ id: 'd', text: twoLines, ann: files.ann, annSource: 'd.ann' })
    expect(read.report).toEqual([])
    expect(plainSpans(read.documents[0]?.spans ?? [])).toEqual([{ start: 3, end: 20, label: 'LOC' }])
  })

  it('names the .ann line of a bad annotation and keeps the others', () => {
    const ann = ['T1\tORG 76 81\tDaech', 'T2\tORG 0 4\tXXXX', 'T3\tORG 80 999\tx', 'Q1\twhat', 'T1\tORG 0 4\tAvec'].join('\n')
    const read = readBratDocument({ id: 'doc', text, ann, annSource: 'doc.ann' })
    expect(read.documents[0]?.spans).toEqual([{ id: 'T1', start: 76, end: 81, label: 'ORG' }])
    expect(read.errors.map((error) => `${error.source}:${error.line}`)).toEqual(['doc.ann:2', 'doc.ann:3', 'doc.ann:4', 'doc.ann:5'])
    expect(read.errors[0]?.reason).toBe('T2: text is "XXXX" but the offsets cover "Avec"')
    expect(read.errors[3]?.reason).toBe('duplicate annotation id "T1"')
  })
})
