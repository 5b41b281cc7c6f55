import { describe, expect, it } from 'vitest'
import {
  addArgument,
  addRelation,
  applyDocumentOperation,
  nextRelationId,
  removeArgument,
  removeRelation,
  setAttribute,
  type DocumentOperationResult
} from '../../../src/core/annotations'
import type { DocumentAnnotations } from '../../../src/core/model'
import { annotations, seedAttack, span, T0, T1 } from './linkFixture'

/** Undo then redo must give back exactly the value before, then exactly the value after. */
function expectExactInverse(before: DocumentAnnotations, result: DocumentOperationResult): void {
  const undone = applyDocumentOperation(result.annotations, result.inverse)
  expect(undone.annotations).toEqual(before)
  expect(applyDocumentOperation(undone.annotations, result.operation).annotations).toEqual(result.annotations)
}

const bare = (): DocumentAnnotations => annotations([span('T1', 0, 22, 'ORG'), span('T2', 46, 54, 'Attack'), span('T5', 104, 120, 'LOC')])

describe('arguments', () => {
  it('adds arguments in order on the trigger, touching its updated time, and undoes exactly', () => {
    const before = bare()
    const first = addArgument(before, 'T2', { role: 'Attacker', ref: 'T1' }, T1)
    const second = addArgument(first.annotations, 'T2', { role: 'Place', ref: 'T5' }, T1)
    const trigger = second.annotations.spans.find((candidate) => candidate.id === 'T2')
    expect(trigger).toEqual(
      span('T2', 46, 54, 'Attack', { updated: T1, arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Place', ref: 'T5' }] })
    )
    expect(first.operation).toEqual({ kind: 'insertArgument', eventId: 'T2', index: 0, argument: { role: 'Attacker', ref: 'T1' }, updated: T1 })
    expect(first.inverse).toEqual({ kind: 'removeArgument', eventId: 'T2', index: 0, updated: T0 })
    expectExactInverse(before, first)
    expectExactInverse(first.annotations, second)
    expect(before.spans[1]).toEqual(span('T2', 46, 54, 'Attack'))
  })

  it('removes an argument from the middle and puts it back at the same place; the last one drops the key', () => {
    const before = seedAttack()
    const removed = removeArgument(before, 'T2', 1, T1)
    expect(removed.annotations.spans[1]?.arguments).toEqual([
      { role: 'Attacker', ref: 'T1' },
      { role: 'Place', ref: 'T5' }
    ])
    expectExactInverse(before, removed)
    const single = addArgument(bare(), 'T2', { role: 'Attacker', ref: 'T1' }, T1).annotations
    const emptied = removeArgument(single, 'T2', 0, T1).annotations.spans[1]
    expect(emptied).not.toHaveProperty('arguments')
  })

  it('refuses refs that are no span, the event itself, the same role and ref twice, and missing positions', () => {
    const before = seedAttack()
    expect(() => addArgument(before, 'T2', { role: 'Place', ref: 'T9' }, T1)).toThrow(
      new RangeError('event T2: argument Place refers to "T9", which is no span of document "seed"')
    )
    expect(() => addArgument(before, 'T2', { role: 'Target', ref: 'T2' }, T1)).toThrow('event T2: an event cannot be its own argument')
    expect(() => addArgument(before, 'T2', { role: 'Target', ref: 'T3' }, T1)).toThrow('event T2: T3 already fills role Target')
    expect(() => addArgument(before, 'T7', { role: 'Target', ref: 'T3' }, T1)).toThrow('no span "T7" in document "seed"')
    expect(() => removeArgument(before, 'T2', 3, T1)).toThrow('event T2: no argument at position 3')
  })
})

describe('attributes', () => {
  it('sets, changes and removes a value, each undone exactly', () => {
    const before = bare()
    const set = setAttribute(before, 'T2', 'Modality', 'reported', T1)
    expect(set.annotations.spans[1]?.attributes).toEqual({ Modality: 'reported' })
    expect(set.inverse).toEqual({ kind: 'setAttribute', spanId: 'T2', name: 'Modality', value: null, updated: T0 })
    expectExactInverse(before, set)
    const changed = setAttribute(set.annotations, 'T2', 'Modality', 'negated', T1)
    expect(changed.inverse).toEqual({ kind: 'setAttribute', spanId: 'T2', name: 'Modality', value: 'reported', updated: T1 })
    expectExactInverse(set.annotations, changed)
    const cleared = setAttribute(changed.annotations, 'T2', 'Modality', null, T1)
    expect(cleared.annotations.spans[1]).not.toHaveProperty('attributes')
    expectExactInverse(changed.annotations, cleared)
  })
})

describe('relations', () => {
  it('adds R<n> after the largest R id among relations and spans, and undoes exactly', () => {
    const before = seedAttack()
    expect(nextRelationId(before)).toBe('R2')
    expect(nextRelationId(annotations([span('R7', 0, 1, 'LOC')]))).toBe('R8')
    const added = addRelation(before, { type: 'part_of', head: 'T4', tail: 'T1' })
    expect(added.relation).toEqual({ id: 'R2', type: 'part_of', head: 'T4', tail: 'T1' })
    expect(added.annotations.relations.map((relation) => relation.id)).toEqual(['R1', 'R2'])
    expectExactInverse(before, added)
  })

  it('removes a relation and restores it at its index', () => {
    const two = addRelation(seedAttack(), { type: 'part_of', head: 'T4', tail: 'T1' }).annotations
    const removed = removeRelation(two, 'R1')
    expect(removed.annotations.relations.map((relation) => relation.id)).toEqual(['R2'])
    expect(removed.inverse).toEqual({ kind: 'insertRelation', relation: { id: 'R1', type: 'located_in', head: 'T3', tail: 'T5' }, index: 0 })
    expectExactInverse(two, removed)
  })

  it('refuses missing ends, a span linked to itself and ids already taken', () => {
    const before = seedAttack()
    expect(() => addRelation(before, { type: 'located_in', head: 'T3', tail: 'T8' })).toThrow('relation R2: "T8" is no span of document "seed"')
    expect(() => addRelation(before, { type: 'located_in', head: 'T3', tail: 'T3' })).toThrow('relation R2: a relation cannot link a span to itself')
    expect(() => applyDocumentOperation(before, { kind: 'insertRelation', relation: { id: 'T1', type: 'x', head: 'T3', tail: 'T5' }, index: 0 })).toThrow(
      'id "T1" already exists in document "seed"'
    )
    expect(() => removeRelation(before, 'R5')).toThrow('no relation "R5" in document "seed"')
  })
})
