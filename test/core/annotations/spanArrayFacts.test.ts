import { describe, expect, it } from 'vitest'
import {
  addArgument,
  addSpan,
  applyDocumentOperation,
  nextSpanId,
  relabelSpan,
  removeSpan,
  removeSpanWithLinks,
  setAttribute,
  usagesOfSpan
} from '../../../src/core/annotations'
import { spanIdNumber } from '../../../src/core/annotations/spanArrayFacts'
import type { DocumentAnnotations } from '../../../src/core/model'
import { annotations, seedAttack, span, T1 } from './linkFixture'

/** The same value as a fresh object with fresh arrays: as read back from disk, nothing carried over. */
function reloaded(value: DocumentAnnotations): DocumentAnnotations {
  return structuredClone(value)
}

describe('spanIdNumber', () => {
  it('reads n of T<n> only', () => {
    expect(spanIdNumber('T1')).toBe(1)
    expect(spanIdNumber('T0420')).toBe(420)
    expect([spanIdNumber('T'), spanIdNumber('T10x'), spanIdNumber('E7'), spanIdNumber('t3'), spanIdNumber('')]).toEqual([-1, -1, -1, -1, -1])
  })
})

describe('nextSpanId along a chain of edits', () => {
  it('stays one above the largest T<n> after adds, deletions, undo, redo and reload', () => {
    let value = annotations([span('T2', 0, 4, 'ORG'), span('T7', 10, 12, 'LOC')])
    expect(nextSpanId(value)).toBe('T8')
    const added = addSpan(value, { start: 5, end: 6, label: 'PER' }, T1)
    expect(added.span.id).toBe('T8')
    value = added.annotations
    // Deleting a span below the largest keeps the counter; deleting the largest gives its number back, as a scan would.
    value = removeSpan(value, 'T2').annotations
    expect(nextSpanId(value)).toBe('T9')
    const undone = applyDocumentOperation(value, added.inverse).annotations
    expect(undone.spans.map((s) => s.id)).toEqual(['T7'])
    expect(nextSpanId(undone)).toBe('T8')
    const redone = applyDocumentOperation(undone, added.operation).annotations
    expect(nextSpanId(redone)).toBe('T9')
    expect(nextSpanId(reloaded(redone))).toBe('T9')
    const relabelled = relabelSpan(redone, 'T8', 'ORG', T1).annotations
    expect(addSpan(relabelled, { start: 20, end: 22, label: 'PER' }, T1).span.id).toBe('T9')
  })

  it('gives each new span of 200 labels the id a fresh scan gives, all distinct', () => {
    let value = annotations([span('T3', 0, 2, 'ORG')])
    for (let word = 0; word < 200; word++) {
      const result = addSpan(value, { start: 10 + word * 3, end: 12 + word * 3, label: 'PER' }, T1)
      expect(result.span.id).toBe(nextSpanId(reloaded(value)))
      value = word % 10 === 9 ? removeSpan(result.annotations, result.span.id).annotations : result.annotations
    }
    // 200 adds from T4; every tenth was deleted at once, so its number came back for the next one: 180 kept, T4…T183.
    expect(new Set(value.spans.map((s) => s.id)).size).toBe(181)
    expect(nextSpanId(value)).toBe('T184')
  })

  it('still refuses an id already used, even one below the largest', () => {
    const value = annotations([span('T2', 0, 4, 'ORG'), span('T7', 10, 12, 'LOC')])
    nextSpanId(value)
    expect(() => applyDocumentOperation(value, { kind: 'insertSpan', span: span('T2', 20, 22, 'PER') })).toThrow('span id "T2" already exists')
  })

  it('keeps spans sorted by start, end and id when inserting in the middle', () => {
    const value = annotations([span('T1', 0, 4, 'ORG'), span('T2', 5, 9, 'ORG'), span('T3', 5, 12, 'ORG'), span('T4', 20, 22, 'ORG')])
    const added = addSpan(value, { start: 5, end: 9, label: 'LOC' }, T1).annotations
    expect(added.spans.map((s) => s.id)).toEqual(['T1', 'T2', 'T5', 'T3', 'T4'])
  })
})

describe('usagesOfSpan with its indexes carried along edits', () => {
  it('lists the argument and the relation end of T5 in the seed sentence', () => {
    expect(usagesOfSpan(seedAttack(), 'T5')).toEqual([
      { kind: 'argument', eventId: 'T2', eventType: 'Attack', index: 2, role: 'Place' },
      { kind: 'relation', relationId: 'R1', type: 'located_in', end: 'tail' }
    ])
  })

  it('follows labels, relabels, new arguments, attributes and deletions as a fresh lookup does', () => {
    let value = seedAttack()
    const check = (): void => {
      for (const id of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']) expect(usagesOfSpan(value, id)).toEqual(usagesOfSpan(reloaded(value), id))
    }
    check()
    value = addSpan(value, { start: 25, end: 35, label: 'ORG' }, T1).annotations // T6, no arguments: index carried
    check()
    value = addArgument(value, 'T2', { role: 'Target', ref: 'T6' }, T1).annotations
    expect(usagesOfSpan(value, 'T6')).toEqual([{ kind: 'argument', eventId: 'T2', eventType: 'Attack', index: 3, role: 'Target' }])
    check()
    value = relabelSpan(value, 'T2', 'Bombing', T1).annotations // an event renamed: its usages name the new type
    expect(usagesOfSpan(value, 'T1')[0]).toMatchObject({ eventType: 'Bombing' })
    check()
    value = setAttribute(value, 'T3', 'Negated', 'yes', T1).annotations
    check()
    value = removeSpanWithLinks(value, 'T5', T1).annotations
    expect(usagesOfSpan(value, 'T5')).toEqual([])
    check()
  })
})
