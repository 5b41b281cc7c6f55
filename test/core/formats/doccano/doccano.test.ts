import { describe, expect, it } from 'vitest'
import { readDoccano, writeDoccano } from '../../../../src/core/formats/doccano'
import { plainSpans, seedDocuments, trickyDocument, trickyText } from '../fixtures'

describe('doccano JSONL', () => {
  it('round-trips the five seeds in both forms with identical spans', () => {
    const seeds = seedDocuments()
    for (const form of ['label', 'entities'] as const) {
      const written = writeDoccano(seeds, { form })
      expect(written.report).toEqual([])
      const read = readDoccano(written.output, { source: 'seeds.jsonl' })
      expect(read.errors).toEqual([])
      expect(read.documents.map((document) => document.id)).toEqual(seeds.map((document) => document.id))
      read.documents.forEach((document, index) => {
        expect(document.text).toBe(seeds[index]?.text)
        expect(plainSpans(document.spans)).toEqual(plainSpans(seeds[index]?.spans ?? []))
      })
    }
  })

  it('writes UTF-16 offsets by default and code points on request (emoji, CRLF, combining mark)', () => {
    const document = trickyDocument()
    const utf16 = JSON.parse(writeDoccano([document]).output) as { label: Array<[number, number, string]> }
    // "Moscou" follows "Cafe\u0301 de Zoë 👩‍👧 :\r\n": 22 UTF-16 units, 20 code points (two emoji are pairs).
    expect(utf16.label).toContainEqual([22, 28, 'GPE'])
    const codePoints = JSON.parse(writeDoccano([document], { offsetUnit: 'codepoint' }).output) as typeof utf16
    expect(codePoints.label).toContainEqual([20, 26, 'GPE'])
    expect(codePoints.label).toContainEqual([39, 44, 'GPE'])
    for (const unit of ['utf16', 'codepoint'] as const) {
      const back = readDoccano(writeDoccano([document], { offsetUnit: unit }).output, { source: 'x', offsetUnit: unit })
      expect(plainSpans(back.documents[0]?.spans ?? [])).toEqual(plainSpans(document.spans))
      expect(back.documents[0]?.text).toBe(trickyText)
    }
  })

  it('reads the entities/relations form with its relations and reports categories and comments', () => {
    const line = JSON.stringify({
      id: 7,
      text: 'Poutine rencontre Assad.',
      entities: [
        { id: 1, label: 'PER', start_offset: 0, end_offset: 7 },
        { id: 2, label: 'PER', start_offset: 18, end_offset: 23 }
      ],
      relations: [{ id: 3, from_id: 1, to_id: 2, type: 'meets' }],
      Comments: ['check']
    })
    const read = readDoccano(`${line}\n${JSON.stringify({ text: 'Bon.', label: ['positive'] })}\n`, { source: 'in.jsonl' })
    expect(read.errors).toEqual([])
    expect(read.documents[0]).toEqual({
      id: '7',
      text: 'Poutine rencontre Assad.',
      spans: [
        { id: '1', start: 0, end: 7, label: 'PER' },
        { id: '2', start: 18, end: 23, label: 'PER' }
      ],
      relations: [{ id: '3', type: 'meets', head: '1', tail: '2' }]
    })
    expect(read.documents[1]).toEqual({ id: 'line-2', text: 'Bon.', spans: [] })
    expect(read.report).toEqual([
      { document: '7', item: '1 comment(s)', reason: 'comments are not carried' },
      { document: 'line-2', item: 'category "positive"', reason: 'document categories are not spans' }
    ])
  })

  it('writes relations in the entities form, reports them in the label form, and reports events and attributes', () => {
    const text = 'Poutine a frappé Idlib.'
    const document = {
      id: 'd',
      text,
      spans: [
        { id: 'T1', start: 0, end: 7, label: 'PER', attributes: { Rank: 'chief' } },
        { id: 'T3', start: 17, end: 22, label: 'GPE' }
      ],
      events: [{ id: 'T2', start: 10, end: 16, label: 'Attack', arguments: [{ role: 'Attacker', ref: 'T1' }] }],
      relations: [
        { id: 'R1', type: 'rules', head: 'T1', tail: 'T3' },
        { id: 'R2', type: 'at', head: 'T2', tail: 'T3' }
      ]
    }
    const written = writeDoccano([document], { form: 'entities' })
    expect(JSON.parse(written.output)).toEqual({
      id: 'd',
      text,
      entities: [
        { id: 1, label: 'PER', start_offset: 0, end_offset: 7 },
        { id: 2, label: 'GPE', start_offset: 17, end_offset: 22 }
      ],
      relations: [{ id: 1, from_id: 1, to_id: 2, type: 'rules' }]
    })
    expect(written.report.map((issue) => `${issue.item}: ${issue.reason}`)).toEqual([
      `event T2 Attack 10-16 "frappé" Attacker:T1: doccano's entities form has no events (trigger, arguments and attributes are left out)`,
      "relation R2 at T2->T3: links an event, which doccano's entities form does not hold",
      `T1 PER attributes {"Rank":"chief"}: doccano's entities form has no span attributes`
    ])
    const back = readDoccano(written.output, { source: 'd.jsonl' })
    expect(back.documents[0]?.relations).toEqual([{ id: '1', type: 'rules', head: '1', tail: '2' }])
    const labelForm = writeDoccano([document])
    expect(labelForm.report.map((issue) => issue.item)).toContain('relation R1 rules T1->T3')
  })

  it('refuses a relation whose end is no entity of the record', () => {
    const line = JSON.stringify({ id: 1, text: 'ab', entities: [{ id: 1, label: 'X', start_offset: 0, end_offset: 1 }], relations: [{ id: 1, from_id: 1, to_id: 9, type: 'r' }] })
    expect(readDoccano(line, { source: 'r.jsonl' }).errors[0]?.reason).toBe('document "1": relations[0]: to_id 9 is no entity id of the record')
  })

  it('names the line and reason of bad input and still reads the other lines', () => {
    const content = [
      '{"text": "ok", "label": [[0, 2, "X"]]}',
      '{not json',
      '{"text": "abc", "label": [[2, 9, "X"]]}',
      '{"label": []}',
      '{"text": "abc", "label": [[2, 2, "X"]]}'
    ].join('\n')
    const read = readDoccano(content, { source: 'bad.jsonl' })
    expect(read.documents.map((document) => document.id)).toEqual(['line-1'])
    expect(read.errors.map((error) => error.line)).toEqual([2, 3, 4, 5])
    expect(read.errors[1]?.reason).toContain('outside the text')
    expect(read.errors[3]?.reason).toContain('empty or reversed')
  })
})
