import { describe, expect, it } from 'vitest'
import { applyDocumentOperation } from '../../../src/core/annotations'
import { ANNOTATION_FILE_VERSION, type DocumentAnnotations, type Span } from '../../../src/core/model'
import { defaultSchema } from '../../../src/core/schema'
import { annotateRanges, describeSkip, findOccurrences, planAnnotateAll, searchCorpus, DEFAULT_SEARCH_OPTIONS } from '../../../src/core/search'

const T0 = '2026-01-01T10:00:00.000Z'
const T1 = '2026-01-01T11:00:00.000Z'

// Offsets: "armée syrienne" 0-14, 18-32 ("armée syrienne libre" 18-38), 40-54; "armée" 40-45.
const TEXT = 'armée syrienne et armée syrienne libre, armée syrienne.'

function span(id: string, start: number, end: number, label: string): Span {
  return { id, start, end, label, annotator: 'ana', created: T0, updated: T0 }
}

function doc(spans: Span[], status: DocumentAnnotations['status'] = 'todo'): DocumentAnnotations {
  return { version: ANNOTATION_FILE_VERSION, documentId: 'd1', sha256: 'a'.repeat(64), annotator: 'ana', status, offsetUnit: 'utf16', spans, relations: [] }
}

describe('planAnnotateAll', () => {
  it('adds free and nested occurrences and says why it skips the others', () => {
    const ranges = findOccurrences(TEXT, 'armée syrienne', DEFAULT_SEARCH_OPTIONS)
    expect(ranges).toEqual([{ start: 0, end: 14 }, { start: 18, end: 32 }, { start: 40, end: 54 }])
    const annotations = doc([span('T1', 0, 14, 'ORG'), span('T2', 18, 38, 'ORG'), span('T3', 40, 45, 'PER')])
    const plan = planAnnotateAll(TEXT, annotations, defaultSchema, 'ORG', ranges)
    expect(plan.map((verdict) => (verdict.add ? 'add' : describeSkip(verdict.skip)))).toEqual([
      'already labelled (T1)',
      'add', // inside "armée syrienne libre": nesting is allowed
      'add' // around "armée": nesting again
    ])
  })

  it('skips a span with the same bounds and another label, a crossing span and an invalid label', () => {
    // "syrienne et" 6-17 crosses 0-14.
    const annotations = doc([span('T1', 0, 14, 'PER'), span('T2', 6, 17, 'LOC')])
    const plan = planAnnotateAll(TEXT, annotations, defaultSchema, 'ORG', [{ start: 0, end: 14 }, { start: 10, end: 20 }])
    expect(plan.map((verdict) => (verdict.add ? 'add' : verdict.skip.code))).toEqual(['other-label', 'crosses-span'])
    expect(planAnnotateAll(TEXT, doc([]), defaultSchema, 'NOPE', [{ start: 0, end: 5 }])[0]).toMatchObject({ add: false, skip: { code: 'invalid', reason: 'unknown label "NOPE"' } })
  })

  it('skips a range overlapping an earlier one of the same run', () => {
    const plan = planAnnotateAll(TEXT, doc([]), defaultSchema, 'ORG', [{ start: 0, end: 14 }, { start: 6, end: 20 }])
    expect(plan.map((verdict) => (verdict.add ? 'add' : verdict.skip.code))).toEqual(['add', 'crosses-occurrence'])
  })
})

describe('annotateRanges', () => {
  it('adds every span in one batch that one inverse undoes exactly, and starts a todo document', () => {
    const before = doc([span('T4', 0, 5, 'PER')])
    const result = annotateRanges(before, [{ start: 18, end: 32 }, { start: 40, end: 54 }], 'ORG', T1)
    expect(result.operation.kind).toBe('batch')
    expect(result.annotations.spans.map((added) => `${added.id} ${added.start}-${added.end} ${added.label}`)).toEqual(['T4 0-5 PER', 'T5 18-32 ORG', 'T6 40-54 ORG'])
    expect(result.annotations.status).toBe('in_progress')
    expect(applyDocumentOperation(result.annotations, result.inverse).annotations).toEqual(before)
    expect(applyDocumentOperation(before, result.operation).annotations).toEqual(result.annotations)
  })

  it('leaves the status alone when nothing is added', () => {
    expect(annotateRanges(doc([]), [], 'ORG', T1).annotations.status).toBe('todo')
  })
})

describe('searchCorpus', () => {
  it('lists hits per document in order with context, and counts beyond the limit', () => {
    const documents = [
      { id: 'a', text: TEXT },
      { id: 'b', text: 'rien' },
      { id: 'c', text: 'Armée\r\nsyrienne' }
    ]
    const result = searchCorpus(documents, 'armée', DEFAULT_SEARCH_OPTIONS, 3)
    expect(result.total).toBe(4)
    expect(result.documentCount).toBe(2)
    expect(result.hits.map((hit) => `${hit.documentId} ${hit.start}-${hit.end}`)).toEqual(['a 0-5', 'a 18-23', 'a 40-45'])
    expect(result.hits[1]).toMatchObject({ before: 'armée syrienne et ', match: 'armée', after: ' syrienne libre, armée syrienne.' })
    const last = searchCorpus(documents, 'armée', DEFAULT_SEARCH_OPTIONS).hits[3]
    expect(last).toMatchObject({ documentId: 'c', start: 0, end: 5, after: ' ⏎ syrienne' })
  })
})
