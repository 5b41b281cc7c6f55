import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations, Relation, Span } from '../../../../src/core/model'
import { defaultSchema, type Schema } from '../../../../src/core/schema'
import { sha256Hex, validateAnnotations } from '../../../../src/core/node'
import { applyAnnotationChanges, indexAnnotations, type AnnotationChanges } from '../../../../src/core/node/project/annotationChanges'

// "Bachar al-Assad a quitté Damas": Bachar al-Assad 0-15, quitté 18-24, Damas 25-30, counted by hand.
const TEXT = 'Bachar al-Assad a quitté Damas'
const T = '2026-01-02T03:04:05.000Z'
const context = { document: { id: 'a', text: TEXT, sha256: sha256Hex(TEXT), source: 'a.txt', meta: {} }, annotator: 'alice', schema: defaultSchema }

function span(id: string, start: number, end: number, label: string, extra: Partial<Span> = {}): Span {
  return { id, start, end, label, annotator: 'alice', created: T, updated: T, ...extra }
}

function annotations(spans: Span[], relations: Relation[] = []): DocumentAnnotations {
  return { version: 2, documentId: 'a', sha256: sha256Hex(TEXT), annotator: 'alice', status: 'in_progress', offsetUnit: 'utf16', spans, relations }
}

const header = ({ spans: _spans, ...rest }: DocumentAnnotations) => rest
const attacker = { arguments: [{ role: 'Attacker', ref: 'T1' }] }

/** What a whole save of the value with the changes applied would check and store, or its error. */
function wholeSave(base: DocumentAnnotations, changes: AnnotationChanges): DocumentAnnotations | string {
  const replaced = new Set([...changes.removedSpanIds, ...changes.putSpans.map((put) => put.id)])
  const spans = [...base.spans.filter((kept) => !replaced.has(kept.id)), ...changes.putSpans]
  try {
    return validateAnnotations({ ...changes.annotations, spans }, context)
  } catch (error) {
    return (error as Error).message
  }
}

function applied(base: DocumentAnnotations, changes: AnnotationChanges, schema: Schema = defaultSchema): DocumentAnnotations | string {
  try {
    return applyAnnotationChanges(indexAnnotations(base, schema), changes, context).annotations
  } catch (error) {
    return (error as Error).message
  }
}

describe('applyAnnotationChanges', () => {
  const base = validateAnnotations(annotations([span('T1', 0, 15, 'PER'), span('T2', 25, 30, 'GPE'), span('T3', 18, 24, 'Attack', attacker)], [{ id: 'R1', type: 'located_in', head: 'T1', tail: 'T2' }]), context)

  it('gives what a whole save of the changed value gives, spans placed in file order', () => {
    const cases: AnnotationChanges[] = [
      // A relabel, a span moved before the others, one added, one removed and put back.
      { annotations: header(base), putSpans: [span('T2', 25, 30, 'LOC', { updated: '2026-03-01T00:00:00.000Z' })], removedSpanIds: [] },
      { annotations: header(base), putSpans: [span('T3', 0, 6, 'Attack', attacker), span('T4', 7, 15, 'PER')], removedSpanIds: [] },
      { annotations: { ...header(base), status: 'done', relations: [] }, putSpans: [span('T2', 25, 30, 'GPE')], removedSpanIds: ['T2'] }
    ]
    for (const changes of cases) {
      const expected = wholeSave(base, changes)
      expect(typeof expected).not.toBe('string')
      expect(applied(base, changes)).toEqual(expected)
    }
    const moved = applied(base, cases[1] as AnnotationChanges) as DocumentAnnotations
    expect(moved.spans.map((kept) => `${kept.id} ${kept.start}`)).toEqual(['T3 0', 'T1 0', 'T4 7', 'T2 25'])
  })

  it('refuses the link errors a whole save refuses, with the same message', () => {
    const cases: AnnotationChanges[] = [
      // An unchanged event names the removed span; so does the relation.
      { annotations: { ...header(base), relations: [] }, putSpans: [], removedSpanIds: ['T1'] },
      { annotations: header(base), putSpans: [], removedSpanIds: ['T2'] },
      // A new span takes the relation's id; a changed event names a span that does not exist, and itself.
      { annotations: header(base), putSpans: [span('R1', 25, 30, 'LOC')], removedSpanIds: [] },
      { annotations: header(base), putSpans: [span('T3', 18, 24, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T9' }, { role: 'Target', ref: 'T3' }] })], removedSpanIds: [] },
      // Arguments on a span relabelled to an entity type.
      { annotations: header(base), putSpans: [span('T3', 18, 24, 'PER', attacker)], removedSpanIds: [] }
    ]
    const messages = [
      'event T3 (Attack): argument Attacker → T1: no span "T1" in the document',
      'relation R1 (located_in T1 → T2): no span "T2" in the document',
      'relation R1 (located_in T1 → T2): id "R1" is used twice',
      'event T3 (Attack): argument Attacker → T9: no span "T9" in the document; event T3 (Attack): argument Target → T3: an event cannot be its own argument',
      'event T3 (PER): has 1 argument(s) but PER is not an event type'
    ]
    cases.forEach((changes, index) => {
      expect(wholeSave(base, changes)).toBe(messages[index])
      expect(applied(base, changes)).toBe(messages[index])
    })
  })

  it('checks every event again when the schema is not the one the base was checked against', () => {
    // The change is fine under either schema, but under the new one Attack is no event type, so the unchanged T3 is wrong.
    const withoutAttack: Schema = { ...defaultSchema, eventTypes: defaultSchema.eventTypes.filter((type) => type.name !== 'Attack') }
    const changes = { annotations: { ...header(base), relations: [] }, putSpans: [span('T2', 25, 30, 'LOC')], removedSpanIds: [] }
    expect(applied(base, changes)).toEqual(wholeSave(base, changes))
    expect(() => applyAnnotationChanges(indexAnnotations(base, defaultSchema), changes, { ...context, schema: withoutAttack })).toThrow('event T3 (Attack): has 1 argument(s) but Attack is not an event type')
  })

  it('leaves the base as it was when it refuses, and hands its index on when it accepts', () => {
    const indexed = indexAnnotations(base, defaultSchema)
    expect(() => applyAnnotationChanges(indexed, { annotations: header(base), putSpans: [span('T4', 0, 6, 'PER')], removedSpanIds: ['T1'] }, context)).toThrow('no span "T1"')
    expect([...indexed.spansById.keys()].sort()).toEqual(['T1', 'T2', 'T3'])
    const result = applyAnnotationChanges(indexed, { annotations: { ...header(base), relations: [] }, putSpans: [span('T4', 7, 15, 'PER')], removedSpanIds: ['T2'] }, context)
    expect([...result.spansById.keys()].sort()).toEqual(['T1', 'T3', 'T4'])
    expect(result.spansById.get('T4')).toBe(result.annotations.spans.find((kept) => kept.id === 'T4'))
  })
})
