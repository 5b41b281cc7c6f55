import { describe, expect, it } from 'vitest'
import { readSpacyJsonl, writeSpacyJsonl } from '../../../../src/core/formats/spacy'
import { nthIndexOf, plainSpans, pythonOffset, seedDocuments, trickyDocument } from '../fixtures'

/** Python's text[start:end] on code point offsets. */
function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}

describe('spaCy-style JSONL', () => {
  it('round-trips the seeds; the nested span is reported, not dropped silently', () => {
    const seeds = seedDocuments()
    const written = writeSpacyJsonl(seeds)
    const nestedStart = nthIndexOf(seeds[0]?.text ?? '', 'russe', 1)
    expect(written.report).toEqual([
      {
        document: '000_2bf93c0143f687be',
        item: `span GPE ${nestedStart}-${nestedStart + 5} "russe"`,
        reason: 'overlaps an earlier span; spaCy doc.ents cannot hold overlapping entities'
      }
    ])
    const read = readSpacyJsonl(written.output, 'seeds.jsonl')
    expect(read.errors).toEqual([])
    read.documents.forEach((document, index) => {
      const original = seeds[index]!
      const expected = original.spans.filter((span) => !(span.start === nestedStart && span.label === 'GPE' && index === 0))
      expect(document.id).toBe(original.id)
      expect(plainSpans(document.spans)).toEqual(plainSpans(expected))
    })
  })

  it('writes code points that Python slicing resolves to the same words, in both forms', () => {
    const document = trickyDocument()
    const entities = (JSON.parse(writeSpacyJsonl([document]).output) as { entities: Array<[number, number, string]> }).entities
    expect(entities.map(([start, end]) => pythonSlice(document.text, start, end))).toEqual(['Cafe\u0301', 'Zoë', 'Moscou', 'Idlib', 'Fin'])
    expect(entities[2]).toEqual([20, 26, 'GPE'])
    const ents = (JSON.parse(writeSpacyJsonl([document], { form: 'ents' }).output) as { ents: Array<{ start: number }> }).ents
    expect(ents.map((span) => span.start)).toEqual(document.spans.map((span) => pythonOffset(document.text, span.start)))
    const back = readSpacyJsonl(writeSpacyJsonl([document], { form: 'ents' }).output, 'x')
    expect(plainSpans(back.documents[0]?.spans ?? [])).toEqual(plainSpans(document.spans))
  })

  it('reads the v2 training pair and reports categories', () => {
    const read = readSpacyJsonl('["Assad à Damas", {"entities": [[8, 13, "GPE"]], "cats": {"war": 1}}]\n', 'train.jsonl')
    expect(read.documents).toEqual([{ id: 'line-1', text: 'Assad à Damas', spans: [{ start: 8, end: 13, label: 'GPE' }] }])
    expect(read.report).toEqual([{ document: 'line-1', item: '"cats"', reason: 'spaCy cats are not carried (entities only)' }])
  })

  it('reports an offset past the end of the text in code points as an error with its line', () => {
    // "🇷🇺" is 2 code points: offset 3 is past the end for Python even though JS length is 4.
    const read = readSpacyJsonl('{"text": "🇷🇺", "entities": [[0, 3, "X"]]}', 'flag.jsonl')
    expect(read.documents).toEqual([])
    expect(read.errors).toHaveLength(1)
    expect(read.errors[0]).toMatchObject({ source: 'flag.jsonl', line: 1 })
    expect(read.errors[0]?.reason).toContain('entities[0]')
  })
})
