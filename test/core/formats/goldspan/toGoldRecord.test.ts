import { describe, expect, it } from 'vitest'
import { GoldExportError, toGoldRecord } from '../../../../src/core/formats/goldspan'
import { mixedAnnotations, mixedDocument, mixedText, schema, span } from './mixedText'

const exportedAt = '2026-11-25T12:00:00.000Z'

describe('toGoldRecord', () => {
  it('writes code point offsets by default, entities and trigger-only events in text order', () => {
    const record = toGoldRecord(mixedDocument, mixedAnnotations(), schema, { exportedAt })
    expect(record.offset_unit).toBe('codepoint')
    expect(record.id).toBe('mixed')
    expect(record.text).toBe(mixedText)
    expect(record.sha256).toBe(mixedDocument.sha256)
    expect(record.entities).toEqual([
      { id: 'T1', start: 3, end: 4, label: 'WEAPON', text: '\u{1F680}', attributes: {} },
      { id: 'T2', start: 8, end: 12, label: 'PER', text: 'Zoe\u0301', attributes: {} },
      { id: 'T3', start: 16, end: 21, label: 'GPE', text: 'Paris', attributes: {} }
    ])
    expect(record.events).toEqual([{ id: 'E1', type: 'Attack', trigger: { start: 5, end: 7, text: 'de' }, arguments: [], attributes: {} }])
    expect(record.relations).toEqual([])
    expect(record.meta).toEqual({
      annotator: 'alice',
      status: 'done',
      schema: { name: 'default', version: 1 },
      exported_at: exportedAt,
      format: 'goldspan',
      format_version: 2
    })
  })

  it('keeps the stored offsets when asked for utf16', () => {
    const record = toGoldRecord(mixedDocument, mixedAnnotations(), schema, { exportedAt, offsetUnit: 'utf16' })
    expect(record.offset_unit).toBe('utf16')
    expect(record.entities.map((entity) => [entity.id, entity.start, entity.end])).toEqual([
      ['T1', 3, 5],
      ['T2', 9, 13],
      ['T3', 17, 22]
    ])
    expect(record.events[0]?.trigger).toEqual({ start: 6, end: 8, text: 'de' })
  })

  it('refuses a span that splits the emoji, naming document, span and offsets', () => {
    const annotations = mixedAnnotations([span('T9', 4, 8, 'PER')])
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt })).toThrow(GoldExportError)
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt })).toThrow(
      'cannot export document "mixed": span "T9" 4-8 (utf16): utf16 offset 4 splits a surrogate pair'
    )
  })

  it('refuses the same split span in utf16 too, where no conversion would catch it', () => {
    const annotations = mixedAnnotations([span('T9', 4, 8, 'PER')])
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt, offsetUnit: 'utf16' })).toThrow(
      'cannot export document "mixed": entity "T9" 4-8: start splits a surrogate pair'
    )
  })

  it('refuses a span past the end of the text', () => {
    const annotations = mixedAnnotations([span('T9', 20, 30, 'PER')])
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt, offsetUnit: 'utf16' })).toThrow(
      'entity "T9" 20-30: outside the text (length 24 UTF-16 units)'
    )
  })

  it('refuses an empty span with its expected and actual place', () => {
    const annotations = mixedAnnotations([span('T9', 9, 9, 'PER')])
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt })).toThrow('entity "T9" 8-8: empty or reversed span')
  })

  it('refuses a label the schema does not know', () => {
    const annotations = mixedAnnotations([span('T9', 9, 13, 'ALIEN')])
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt })).toThrow(
      'span "T9" 9-13 (utf16) has label "ALIEN", unknown to schema "default"'
    )
  })

  it('refuses annotations made on another text', () => {
    const annotations = { ...mixedAnnotations(), sha256: '0'.repeat(64) }
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt })).toThrow('the annotations were made on another text')
  })

  it('refuses annotations of another document', () => {
    const annotations = { ...mixedAnnotations(), documentId: 'other' }
    expect(() => toGoldRecord(mixedDocument, annotations, schema, { exportedAt })).toThrow('the annotations given are for document "other"')
  })
})

describe('toGoldRecord ordering', () => {
  it('orders spans on the same stretch by label then id, in code unit order (upper case first)', () => {
    const spans = [span('b', 17, 22, 'LOC'), span('a', 17, 22, 'GPE'), span('c', 17, 22, 'GPE'), span('B', 17, 22, 'GPE')]
    const record = toGoldRecord(mixedDocument, mixedAnnotations(spans), schema, { exportedAt: '2026-11-25T12:00:00.000Z' })
    expect(record.entities.map((entity) => `${entity.label}:${entity.id}`)).toEqual(['GPE:B', 'GPE:a', 'GPE:c', 'LOC:b'])
  })
})
