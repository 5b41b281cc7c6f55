import { describe, expect, it } from 'vitest'
import type { CorpusDocument, DocumentAnnotations, Span } from '../../../../src/core/model'
import { fromGoldRecord, parseGoldJsonl, serializeGoldJsonl, toGoldRecord } from '../../../../src/core/formats/goldspan'
import { serializeAnnotations, validateAnnotations } from '../../../../src/core/node'
import { defaultSchema } from '../../../../src/core/schema'

const TEXT = 'Ada met Bob.'
const document: CorpusDocument = { id: 'd1', text: TEXT, sha256: 'c'.repeat(64), source: 'd1.txt', meta: {} }
const T = '2026-11-25T18:00:00.000Z'
const provenance = { agreedBy: ['alice', 'bob'], adjudicator: 'lead', decidedAt: T, decision: 'accepted' as const }

function layer(annotator: string, withProvenance: boolean): DocumentAnnotations {
  const spans: Span[] = [
    { id: 'T1', start: 0, end: 3, label: 'PER', annotator, created: T, updated: T, ...(withProvenance ? { provenance } : {}) },
    { id: 'T2', start: 8, end: 11, label: 'PER', annotator, created: T, updated: T }
  ]
  return { version: 2, documentId: 'd1', sha256: document.sha256, annotator, status: 'done', offsetUnit: 'utf16', spans, relations: [] }
}

describe('gold provenance', () => {
  it('is stored in the gold layer with its keys in a fixed order, and left out when absent', () => {
    const stored = validateAnnotations(JSON.parse(serializeAnnotations(layer('gold', true))), { document, annotator: 'gold', schema: defaultSchema })
    expect(stored.spans[0]?.provenance).toEqual(provenance)
    const text = serializeAnnotations(stored)
    expect(text).toContain('"provenance": {\n        "agreedBy": [\n          "alice",\n          "bob"\n        ],\n        "adjudicator": "lead",\n        "decidedAt": "2026-11-25T18:00:00.000Z",\n        "decision": "accepted"\n      }')
    expect(Object.keys(stored.spans[1] ?? {})).not.toContain('provenance')
  })

  it("is refused in another annotator's file, naming the span and the annotator", () => {
    expect(() => validateAnnotations(layer('alice', true), { document, annotator: 'alice', schema: defaultSchema })).toThrow(
      'span "T1" has review provenance, which only the "gold" layer may carry (this file is annotator "alice"\'s)'
    )
  })

  it('is exported on the entity as snake_case fields and read back by fromGoldRecord', () => {
    const record = toGoldRecord(document, layer('gold', true), defaultSchema, { exportedAt: T })
    const line = serializeGoldJsonl([record])
    expect(line).toContain('"text":"Ada","attributes":{},"provenance":{"agreed_by":["alice","bob"],"adjudicator":"lead","decided_at":"2026-11-25T18:00:00.000Z","decision":"accepted"}}')
    const parsed = parseGoldJsonl(line, 'gold.jsonl', { schema: defaultSchema })
    expect(parsed.problems).toEqual([])
    const imported = fromGoldRecord(parsed.records[0]!)
    expect(imported.spans.map((span) => span.provenance)).toEqual([provenance, undefined])
    expect(Object.keys(imported.spans[1] ?? {})).not.toContain('provenance')
  })

  it('is refused in a record when a field is missing or the decision is unknown', () => {
    const record = toGoldRecord(document, layer('gold', true), defaultSchema, { exportedAt: T })
    const bad = serializeGoldJsonl([record]).replace('"decision":"accepted"', '"decision":"guessed"')
    const parsed = parseGoldJsonl(bad, 'gold.jsonl', { schema: defaultSchema })
    expect(parsed.records).toEqual([])
    expect(parsed.problems[0]?.line).toBe(1)
    expect(parsed.problems[0]?.reason).toMatch(/provenance\.decision/)
  })
})
