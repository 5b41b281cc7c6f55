import { describe, expect, it } from 'vitest'
import { readDoccano } from '../../../src/core/formats/doccano'
import { readSpacyJsonl } from '../../../src/core/formats/spacy'

// The JSONL formats share one reader: each bad line or span is an error with its line
// number, the other lines still load, and what a format cannot carry is reported.
describe('JSONL document reading (doccano, spaCy)', () => {
  it('reports bad lines by number and keeps the good ones', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Daech recule.', label: [[0, 5, 'ORG']] }),
      JSON.stringify({ id: 'b', txt: 'no text' }),
      JSON.stringify({ id: 'a', text: 'again', label: [] }),
      JSON.stringify({ id: 'c', text: 'Soueïda', label: [[0, 99, 'GPE'], [0, 3, ''], 'positive'] }),
      '{ broken'
    ]
    const read = readDoccano(`${lines.join('\n')}\n`, { source: 'in.jsonl' })
    expect(read.documents.map((document) => [document.id, document.spans])).toEqual([['a', [{ start: 0, end: 5, label: 'ORG' }]]])
    expect(read.errors.map((error) => error.line)).toEqual([2, 3, 4, 5])
    expect(read.errors[0]?.reason).toBe('expected an object with a string "text"')
    expect(read.errors[1]?.reason).toBe('duplicate document id "a"')
    expect(read.errors[2]?.reason).toMatch(/^document "c": label\[0\]: .*; label\[1\]: label is not a non-empty string$/)
    expect(read.report).toEqual([{ document: 'c', item: 'category "positive"', reason: 'document categories are not spans' }])
  })

  it('reads spaCy v2 training pairs and converts code points (an emoji before the span) to UTF-16', () => {
    const read = readSpacyJsonl(`${JSON.stringify(['😀 Daech', { entities: [[2, 7, 'ORG']], cats: { war: 1 } }])}\n`, 'train.jsonl')
    expect(read.errors).toEqual([])
    // "😀" is 2 UTF-16 units and 1 code point: code points 2-7 are UTF-16 3-8.
    expect(read.documents[0]?.spans).toEqual([{ start: 3, end: 8, label: 'ORG' }])
    expect(read.report.map((issue) => issue.item)).toEqual(['"cats"'])
  })
})
