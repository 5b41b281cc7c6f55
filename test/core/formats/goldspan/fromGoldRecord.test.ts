import { describe, expect, it } from 'vitest'
import { fromGoldRecord, toGoldRecord, type GoldRecord } from '../../../../src/core/formats/goldspan'
import { mixedAnnotations, mixedDocument, schema } from './mixedText'

const exportedAt = '2026-11-25T12:00:00.000Z'

describe('fromGoldRecord', () => {
  it('reads code point offsets back into the UTF-16 offsets the store keeps', () => {
    const record: GoldRecord = {
      id: 'mixed',
      text: mixedDocument.text,
      sha256: mixedDocument.sha256,
      offset_unit: 'codepoint',
      entities: [
        { id: 'T1', start: 3, end: 4, label: 'WEAPON', text: '\u{1F680}' },
        { id: 'T3', start: 16, end: 21, label: 'GPE', text: 'Paris' },
        { id: 'T4', start: 12, end: 15, label: 'LOC', text: '\r\n\u00e0' }
      ],
      events: [{ id: 'E1', type: 'Attack', trigger: { start: 5, end: 7, text: 'de' }, arguments: [], attributes: {} }],
      relations: [],
      meta: { annotator: 'model', status: 'in_progress', schema: { name: 'default', version: 1 }, exported_at: exportedAt, format: 'goldspan', format_version: 1 }
    }
    expect(fromGoldRecord(record)).toEqual({
      documentId: 'mixed',
      sha256: mixedDocument.sha256,
      status: 'in_progress',
      spans: [
        { id: 'T1', start: 3, end: 5, label: 'WEAPON' },
        { id: 'T3', start: 17, end: 22, label: 'GPE' },
        { id: 'T4', start: 13, end: 16, label: 'LOC' },
        { id: 'E1', start: 6, end: 8, label: 'Attack' }
      ],
      relations: []
    })
  })

  it('gives back the exported spans with either unit', () => {
    const expected = mixedAnnotations().spans.map(({ id, start, end, label }) => ({ id, start, end, label }))
    for (const offsetUnit of ['codepoint', 'utf16'] as const) {
      const record = toGoldRecord(mixedDocument, mixedAnnotations(), schema, { exportedAt, offsetUnit })
      const spans = fromGoldRecord(record).spans
      expect(spans).toHaveLength(expected.length)
      expect(spans).toEqual(expect.arrayContaining(expected))
    }
  })

  it('keeps arguments (role and ref only), attributes and relations, leaving empty ones out', () => {
    const record = toGoldRecord(mixedDocument, mixedAnnotations(), schema, { exportedAt })
    const withLinks: GoldRecord = {
      ...record,
      entities: record.entities.map((entity) => (entity.id === 'T3' ? { ...entity, attributes: { Note: 'capitale' } } : entity)),
      events: record.events.map((event) => ({
        ...event,
        arguments: [{ role: 'Place', ref: 'T3', start: 16, end: 21, text: 'Paris' }],
        attributes: { Modality: 'reported' }
      })),
      relations: [{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T3' }]
    }
    const imported = fromGoldRecord(withLinks)
    expect(imported.spans.find((span) => span.id === 'E1')).toEqual({
      id: 'E1',
      start: 6,
      end: 8,
      label: 'Attack',
      attributes: { Modality: 'reported' },
      arguments: [{ role: 'Place', ref: 'T3' }]
    })
    expect(imported.spans.find((span) => span.id === 'T3')).toEqual({ id: 'T3', start: 17, end: 22, label: 'GPE', attributes: { Note: 'capitale' } })
    expect(imported.spans.find((span) => span.id === 'T1')).toEqual({ id: 'T1', start: 3, end: 5, label: 'WEAPON' })
    expect(imported.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T3' }])
  })
})
