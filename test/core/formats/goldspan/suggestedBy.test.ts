import { describe, expect, it } from 'vitest'
import { fromGoldRecord, parseGoldJsonl, serializeGoldJsonl, toGoldRecord } from '../../../../src/core/formats/goldspan'
import type { Span } from '../../../../src/core/model'
import { mixedAnnotations, mixedDocument, schema, span } from './mixedText'

const exportedAt = '2026-11-26T12:00:00.000Z'
const accepted: Span = { ...span('T3', 17, 22, 'GPE'), suggestedBy: { model: 'ner-demo', suggestion: 'ner-demo/17-22/GPE' } }

describe('suggested_by in goldspan lines', () => {
  it('records the model suggestion a span was accepted from, as format_version 3, and reads it back', () => {
    const record = toGoldRecord(mixedDocument, mixedAnnotations([span('T1', 3, 5, 'WEAPON'), accepted]), schema, { exportedAt })
    expect(record.meta.format_version).toBe(3)
    expect(record.entities.find((entity) => entity.id === 'T3')?.suggested_by).toEqual({ model: 'ner-demo', suggestion: 'ner-demo/17-22/GPE' })
    expect(record.entities.find((entity) => entity.id === 'T1')).not.toHaveProperty('suggested_by')
    const line = serializeGoldJsonl([record])
    // After the other keys of the entity, as docs/format.md lists them.
    expect(line).toContain('"label":"GPE","text":"Paris","attributes":{},"suggested_by":{"model":"ner-demo","suggestion":"ner-demo/17-22/GPE"}}')
    const parsed = parseGoldJsonl(line, 'out.jsonl')
    expect(parsed.problems).toEqual([])
    const spans = fromGoldRecord(parsed.records[0]!).spans
    expect(spans.find((imported) => imported.id === 'T3')?.suggestedBy).toEqual(accepted.suggestedBy)
    expect(spans.find((imported) => imported.id === 'T1')).not.toHaveProperty('suggestedBy')
  })

  it('writes lines without any suggestion’s origin as format_version 2, which older readers take', () => {
    const record = toGoldRecord(mixedDocument, mixedAnnotations([span('T1', 3, 5, 'WEAPON')]), schema, { exportedAt })
    expect(record.meta.format_version).toBe(2)
    expect(serializeGoldJsonl([record])).not.toContain('suggested_by')
  })
})
