import { describe, expect, it } from 'vitest'
import { eventsFromGoldRecord, eventsFromSpans } from '../../../../src/core/evaluation'
import type { GoldRecord } from '../../../../src/core/formats/goldspan'
import type { Span } from '../../../../src/core/model'

// "🚀 " is 3 UTF-16 units and 2 code points, so every code point offset below is one less than in UTF-16.
const text = '🚀 Daech a attaqué Alep'
const utf16 = (words: string): { start: number; end: number } => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })

describe('eventsFromGoldRecord', () => {
  it('converts code point offsets of triggers and arguments to UTF-16', () => {
    const record: GoldRecord = {
      id: 'd1',
      text,
      sha256: '0'.repeat(64),
      offset_unit: 'codepoint',
      entities: [{ id: 'T1', start: 2, end: 7, label: 'ORG', text: 'Daech' }, { id: 'T3', start: 18, end: 22, label: 'GPE', text: 'Alep' }],
      events: [
        {
          id: 'T2',
          type: 'Attack',
          trigger: { start: 10, end: 17, text: 'attaqué' },
          arguments: [{ role: 'Attacker', ref: 'T1', start: 2, end: 7, text: 'Daech' }, { role: 'Target', ref: 'T3', start: 18, end: 22, text: 'Alep' }],
          attributes: {}
        }
      ],
      relations: [],
      meta: { annotator: 'a', status: 'done', schema: { name: 's', version: 1 }, exported_at: 'now', format: 'goldspan', format_version: 2 }
    }
    expect(eventsFromGoldRecord(record)).toEqual([
      { ...utf16('attaqué'), type: 'Attack', arguments: [{ role: 'Attacker', ...utf16('Daech') }, { role: 'Target', ...utf16('Alep') }] }
    ])
  })
})

describe('eventsFromSpans', () => {
  const span = (id: string, words: string, label: string, args?: Span['arguments']): Span => ({
    id, ...utf16(words), label, annotator: 'a', created: 't', updated: 't', ...(args ? { arguments: args } : {})
  })

  it('takes the spans of event types as events and resolves argument refs to offsets', () => {
    const spans = [span('T1', 'Daech', 'ORG'), span('T2', 'attaqué', 'Attack', [{ role: 'Attacker', ref: 'T1' }]), span('T3', 'Alep', 'GPE')]
    expect(eventsFromSpans(spans, new Set(['Attack']), 'a/d1')).toEqual([{ ...utf16('attaqué'), type: 'Attack', arguments: [{ role: 'Attacker', ...utf16('Daech') }] }])
  })

  it('names the document, event and ref of a dangling argument', () => {
    const spans = [span('T2', 'attaqué', 'Attack', [{ role: 'Attacker', ref: 'T9' }])]
    expect(() => eventsFromSpans(spans, new Set(['Attack']), 'alice/d1')).toThrow('alice/d1: event "T2" argument Attacker names no span ("T9")')
  })
})
