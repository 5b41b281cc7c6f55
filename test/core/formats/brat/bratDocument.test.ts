import { describe, expect, it } from 'vitest'
import { readBratDocument, writeBratDocument } from '../../../../src/core/formats/brat'
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

  it('keeps T ids, carries triggers as spans and reports events, relations, attributes, notes, discontinuous spans', () => {
    const ann = [
      'T1\tORG 25 47\tl’armée de l’air russe',
      'T2\tAttack 50 58\tbombardé',
      'T3\tORG 76 81\tDaech',
      'T4\tWEAPON 9 15;16 23\tavions Soukhoï',
      'E1\tAttack:T2 Attacker:T1 Target:T3',
      'R1\tenemy_of Arg1:T1 Arg2:T3',
      'A1\tNegation E1',
      'M2\tSpeculation E1',
      'N1\tReference T3 Wikipedia:123\tDaech',
      '#1\tAnnotatorNotes T1\tvoir aussi\tVKS',
      '*\tEquiv T1 T3',
      ''
    ].join('\n')
    const read = readBratDocument({ id: 'doc', text, ann, annSource: 'doc.ann' })
    expect(read.errors).toEqual([])
    expect(read.documents[0]?.spans).toEqual([
      { id: 'T1', start: 25, end: 47, label: 'ORG' },
      { id: 'T2', start: 50, end: 58, label: 'Attack' },
      { id: 'T3', start: 76, end: 81, label: 'ORG' }
    ])
    expect(read.report.map((issue) => issue.item)).toEqual([
      'T4 WEAPON 9 15;16 23 avions Soukhoï',
      'E1 Attack:T2 Attacker:T1 Target:T3',
      'R1 enemy_of Arg1:T1 Arg2:T3',
      'A1 Negation E1',
      'M2 Speculation E1',
      'N1 Reference T3 Wikipedia:123 Daech',
      '#1 AnnotatorNotes T1 voir aussi VKS',
      '* Equiv T1 T3'
    ])
    expect(read.report[0]?.reason).toBe('discontinuous span (2 fragments) cannot be carried by goldspan')
    expect(read.report[1]?.reason).toContain('events are not carried yet')
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
