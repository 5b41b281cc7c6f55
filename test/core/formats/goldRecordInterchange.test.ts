import { describe, expect, it } from 'vitest'
import { goldRecordToInterchange } from '../../../src/core/formats/goldRecordInterchange'
import type { GoldRecord } from '../../../src/core/formats/goldspan'

const text = '🚀 Poutine frappe Idlib'
const record: GoldRecord = {
  id: 'd',
  text,
  sha256: '0'.repeat(64),
  offset_unit: 'codepoint',
  // Code points: 🚀0 _1 Poutine 2-9, frappe 10-16, Idlib 17-22.
  entities: [
    { id: 'T1', start: 2, end: 9, label: 'PER', text: 'Poutine' },
    { id: 'T2', start: 17, end: 22, label: 'GPE', text: 'Idlib' }
  ],
  events: [{ id: 'E1', type: 'Attack', trigger: { start: 10, end: 16, text: 'frappe' }, arguments: [{ role: 'Attacker', ref: 'T1', start: 2, end: 9, text: 'Poutine' }], attributes: {} }],
  relations: [{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T2' }],
  meta: { annotator: 'a', status: 'done', schema: { name: 'default', version: 1 }, exported_at: 'now', format: 'goldspan', format_version: 1 }
}

describe('goldRecordToInterchange', () => {
  it('converts code point offsets to UTF-16 and carries events, arguments, attributes and relations', () => {
    const { document, report } = goldRecordToInterchange({
      ...record,
      entities: record.entities.map((entity) => ({ ...entity, attributes: entity.id === 'T1' ? { Role: 'leader' } : ({} as Record<string, string>) }))
    })
    // The rocket is 2 UTF-16 units: every offset moves by one.
    expect(document.spans).toEqual([
      { id: 'T1', start: 3, end: 10, label: 'PER', attributes: { Role: 'leader' } },
      { id: 'T2', start: 18, end: 23, label: 'GPE' }
    ])
    expect(document.spans.map((span) => text.slice(span.start, span.end))).toEqual(['Poutine', 'Idlib'])
    expect(document.events).toEqual([{ id: 'E1', start: 11, end: 17, label: 'Attack', arguments: [{ role: 'Attacker', ref: 'T1' }] }])
    expect(text.slice(11, 17)).toBe('frappe')
    expect(document.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T2' }])
    expect(report).toEqual([])
  })
})
