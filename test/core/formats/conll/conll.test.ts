import { describe, expect, it } from 'vitest'
import { checkTagScheme, readConll, writeConll } from '../../../../src/core/formats/conll'
import { conllExpectations, plainSpans, seedDocuments, trickyDocument } from '../fixtures'

describe('CoNLL BIO / BIOES', () => {
  it('round-trips the seeds: same labels over the same tokens, the nested span and the layout reported', () => {
    const seeds = seedDocuments()
    for (const scheme of ['BIO', 'BIOES'] as const) {
      for (const columns of [2, 4] as const) {
        const written = writeConll(seeds, { scheme, columns })
        const read = readConll(written.output, { source: 'seeds.conll' })
        expect(read.errors).toEqual([])
        expect(read.documents).toHaveLength(5)
        read.documents.forEach((document, index) => {
          const id = seeds[index]!.id
          const expected = conllExpectations(id).filter((span) => !span.nested)
          const found = document.spans.map((span) => `${span.label} ${document.text.slice(span.start, span.end)}`)
          expect(found.sort()).toEqual(expected.map((span) => `${span.label} ${span.text}`).sort())
        })
        const unaligned = written.report.filter((issue) => issue.item !== 'document id and text layout')
        expect(unaligned).toHaveLength(1)
        expect(unaligned[0]).toMatchObject({ document: '000_2bf93c0143f687be', reason: 'overlaps an earlier span; BIO tags cannot hold overlaps' })
        expect(written.report.filter((issue) => issue.item === 'document id and text layout')).toHaveLength(5)
      }
    }
  })

  it('writes the documented layout for both schemes and column counts', () => {
    const document = { id: 'd', text: 'Nancy Pelosi à Washington.', spans: [{ start: 0, end: 12, label: 'PER' }, { start: 15, end: 25, label: 'GPE' }] }
    expect(writeConll([document]).output).toBe('-DOCSTART- O\n\nNancy B-PER\nPelosi I-PER\nà O\nWashington B-GPE\n. O\n')
    expect(writeConll([document], { scheme: 'BIOES', columns: 4 }).output).toBe(
      '-DOCSTART- -X- -X- O\n\nNancy _ _ B-PER\nPelosi _ _ E-PER\nà _ _ O\nWashington _ _ S-GPE\n. _ _ O\n'
    )
  })

  it('reports spans that do not align to tokens (emoji, combining mark and CRLF text)', () => {
    const document = trickyDocument()
    const inside = document.text.indexOf('frappé') + 1
    const withPartial = { ...document, spans: [...document.spans, { start: inside, end: inside + 4, label: 'X' }] }
    const written = writeConll([withPartial])
    expect(written.report.find((issue) => issue.reason === 'does not align to token boundaries')?.item).toBe(`span X ${inside}-${inside + 4} "rapp"`)
    const read = readConll(written.output, { source: 't.conll' })
    const back = read.documents[0]!
    expect(back.text).toBe('Cafe\u0301 de Zoë 👩\u200D👧 :\nMoscou 🇷 🇺 a frappé Idlib .\nFin')
    expect(back.spans.map((span) => back.text.slice(span.start, span.end))).toEqual(['Cafe\u0301', 'Zoë', 'Moscou', 'Idlib', 'Fin'])
  })

  it('reads a CoNLL-2003 excerpt, decoding IOB1 (I- after O starts a chunk) and hyphenated types', () => {
    const content = [
      '-DOCSTART- -X- -X- O',
      '',
      'EU NNP B-NP I-ORG',
      'rejects VBZ B-VP O',
      'German JJ B-NP I-MISC',
      'call NN I-NP O',
      '',
      'Peter NNP B-NP I-PER',
      'Blackburn NNP I-NP I-PER',
      'in IN B-PP O',
      'New NNP B-NP B-geo-loc',
      'York NNP I-NP I-geo-loc',
      ''
    ].join('\n')
    const read = readConll(content, { source: 'eng.testa' })
    expect(read.errors).toEqual([])
    const document = read.documents[0]!
    expect(document.text).toBe('EU rejects German call\nPeter Blackburn in New York')
    expect(document.spans.map((span) => [document.text.slice(span.start, span.end), span.label])).toEqual([
      ['EU', 'ORG'],
      ['German', 'MISC'],
      ['Peter Blackburn', 'PER'],
      ['New York', 'geo-loc']
    ])
  })

  it('reads its own BIOES 4-column output under the declared scheme, and refuses it as BIO', () => {
    const document = { id: 'd', text: 'Nancy Pelosi à Washington.', spans: [{ start: 0, end: 12, label: 'PER' }, { start: 15, end: 25, label: 'GPE' }] }
    const output = writeConll([document], { scheme: 'BIOES', columns: 4 }).output
    const read = readConll(output, { source: 'o.conll', scheme: 'BIOES' })
    expect(read.errors).toEqual([])
    expect(read.documents[0]?.spans).toEqual([
      { start: 0, end: 12, label: 'PER' },
      { start: 15, end: 25, label: 'GPE' }
    ])
    // Lines: 1 -DOCSTART-, 2 blank, 3 Nancy, 4 Pelosi E-PER, 5 à, 6 Washington S-GPE.
    expect(readConll(output, { source: 'o.conll', scheme: 'BIO' }).errors.map((error) => `${error.line}: ${error.reason}`)).toEqual([
      '4: "E-PER" is a BIOES tag, but the file is read as BIO',
      '6: "S-GPE" is a BIOES tag, but the file is read as BIO'
    ])
  })

  it('checks BIOES sequences: a chunk opens with B-, closes with E-, and a single token is S-', () => {
    const lines = (tags: string[]) => tags.map((tag, index) => ({ tag, line: index + 1 }))
    expect(checkTagScheme(lines(['B-PER', 'I-PER', 'E-PER', 'O', 'S-GPE']), 'BIOES')).toEqual([])
    expect(checkTagScheme(lines(['B-PER', 'O', 'I-GPE', 'E-GPE', 'B-ORG', 'E-PER']), 'BIOES')).toEqual([
      { line: 1, reason: '"B-PER" is not followed by I-PER or E-PER (BIOES: a chunk ends with E-, a one-token chunk is S-)' },
      { line: 3, reason: '"I-GPE" does not follow B-GPE or I-GPE (BIOES)' },
      { line: 5, reason: '"B-ORG" is not followed by I-ORG or E-ORG (BIOES: a chunk ends with E-, a one-token chunk is S-)' },
      { line: 6, reason: '"E-PER" does not follow B-PER or I-PER (BIOES)' }
    ])
    // BIO accepts IOB1's I- opening a chunk; only E-/S- are foreign to it.
    expect(checkTagScheme(lines(['I-PER', 'I-PER', 'O', 'B-GPE']), 'BIO')).toEqual([])
  })

  it('reports events, relations and attributes, which CoNLL cannot hold', () => {
    const document = {
      id: 'd',
      text: 'Assad frappe Damas',
      spans: [{ id: 'T1', start: 0, end: 5, label: 'PER', attributes: { Rank: 'chef' } }, { id: 'T3', start: 13, end: 18, label: 'GPE' }],
      events: [{ id: 'T2', start: 6, end: 12, label: 'Attack', arguments: [{ role: 'Target', ref: 'T3' }] }],
      relations: [{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T3' }]
    }
    const written = writeConll([document])
    expect(written.output).toBe('-DOCSTART- O\n\nAssad B-PER\nfrappe O\nDamas B-GPE\n')
    expect(written.report.map((issue) => issue.item)).toEqual([
      'document id and text layout',
      'event T2 Attack 6-12 "frappe" Target:T3',
      'relation R1 located_in T1->T3',
      'T1 PER attributes {"Rank":"chef"}'
    ])
  })

  it('names the line of a bad tag or column count and reads the rest', () => {
    const read = readConll('a B-X\nb Q-X\nc d O\ne\nf I-X\n', { source: 'bad.conll' })
    expect(read.errors.map((error) => `${error.line}: ${error.reason}`)).toEqual([
      '2: "Q-X" is not a BIO/BIOES tag (O, B-X, I-X, E-X, S-X)',
      '3: 3 columns where earlier lines have 2',
      '4: expected "token … tag", got "e"'
    ])
    expect(plainSpans(read.documents[0]!.spans)).toEqual([{ start: 0, end: 3, label: 'X' }])
  })
})
