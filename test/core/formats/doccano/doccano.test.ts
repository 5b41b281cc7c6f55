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

  it('reads the entities/relations form and reports relations, categories and comments', () => {
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
      ]
    })
    expect(read.documents[1]).toEqual({ id: 'line-2', text: 'Bon.', spans: [] })
    expect(read.report).toEqual([
      { document: '7', item: 'relation 3 meets 1->2', reason: 'relations are not carried yet (entity spans only)' },
      { document: '7', item: '1 comment(s)', reason: 'comments are not carried' },
      { document: 'line-2', item: 'category "positive"', reason: 'document categories are not spans' }
    ])
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
