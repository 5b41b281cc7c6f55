import { describe, expect, it } from 'vitest'
import {
  applyDocumentOperation,
  describeLinkErrors,
  findAttributeProblems,
  findEventProblems,
  findLinkProblems,
  findRelationProblems,
  relabelSpanWithLinks,
  removeSpan,
  removeSpanWithLinks,
  usagesOfSpan
} from '../../../src/core/annotations'
import { defaultSchema } from '../../../src/core/schema'
import { annotations, seedAttack, span, T0, T1 } from './linkFixture'

/** "Daech a attaqué puis quitté Palmyre.": an Attack and a Withdrawal sharing Daech (T1) and Palmyre (T4). */
function sharedArguments() {
  return annotations([
    span('T1', 0, 5, 'ORG'),
    span('T2', 8, 15, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Target', ref: 'T4' }] }),
    span('T3', 21, 27, 'Withdrawal', { arguments: [{ role: 'Agent', ref: 'T1' }, { role: 'Origin', ref: 'T4' }] }),
    span('T4', 28, 35, 'GPE')
  ])
}

describe('findEventProblems / findRelationProblems', () => {
  it('finds nothing wrong in the seed attack', () => {
    expect(findLinkProblems(seedAttack(), defaultSchema)).toEqual([])
  })

  it('reports a missing required role as a warning only', () => {
    const noTarget = annotations([span('T1', 0, 22, 'ORG'), span('T2', 46, 54, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }] })])
    expect(findEventProblems(noTarget, defaultSchema)).toEqual([
      { severity: 'warning', code: 'missing-role', subject: 'T2', message: 'event T2 (Attack): required role Target is missing' }
    ])
    expect(describeLinkErrors(findLinkProblems(noTarget, defaultSchema))).toBe('')
  })

  it('warns about a role the event type lacks and a label the role does not take', () => {
    const wrong = annotations([
      span('T1', 0, 22, 'DATE'),
      span('T2', 46, 54, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Victim', ref: 'T3' }] }),
      span('T3', 55, 95, 'LOC')
    ])
    expect(findEventProblems(wrong, defaultSchema).map((problem) => [problem.severity, problem.code, problem.message])).toEqual([
      ['warning', 'role-not-allowed', 'event T2 (Attack): argument Attacker → T1: role Attacker of Attack takes PER, ORG, GPE, not DATE'],
      ['warning', 'role-not-allowed', 'event T2 (Attack): argument Victim → T3: Attack has no role "Victim"'],
      ['warning', 'missing-role', 'event T2 (Attack): required role Target is missing']
    ])
  })

  it('makes dangling refs, self-references, repeated non-repeatable roles and arguments on entities errors', () => {
    const broken = annotations([
      span('T1', 0, 22, 'ORG', { arguments: [{ role: 'Place', ref: 'T5' }] }),
      span('T2', 46, 54, 'Attack', {
        arguments: [
          { role: 'Target', ref: 'T9' },
          { role: 'Target', ref: 'T2' },
          { role: 'Place', ref: 'T3' },
          { role: 'Place', ref: 'T5' }
        ]
      }),
      span('T3', 55, 95, 'LOC'),
      span('T5', 104, 120, 'LOC')
    ])
    const errors = findEventProblems(broken, defaultSchema).filter((problem) => problem.severity === 'error')
    expect(errors.map((problem) => [problem.code, problem.subject])).toEqual([
      ['not-a-trigger', 'T1'],
      ['dangling-ref', 'T2'],
      ['self-reference', 'T2'],
      ['role-repeated', 'T2']
    ])
    expect(describeLinkErrors(errors)).toBe(
      'event T1 (ORG): has 1 argument(s) but ORG is not an event type; ' +
        'event T2 (Attack): argument Target → T9: no span "T9" in the document; ' +
        'event T2 (Attack): argument Target → T2: an event cannot be its own argument; ' +
        'event T2 (Attack): role Place is filled 2 times but is not repeatable'
    )
  })

  it('respects repeatable roles', () => {
    const twoTargets = annotations([
      span('T2', 46, 54, 'Attack', { arguments: [{ role: 'Target', ref: 'T3' }, { role: 'Target', ref: 'T4' }] }),
      span('T3', 55, 95, 'LOC'),
      span('T4', 72, 95, 'ORG')
    ])
    expect(findEventProblems(twoTargets, defaultSchema)).toEqual([])
  })

  it('checks relation ends, ids and types', () => {
    const relations = [
      { id: 'R1', type: 'located_in', head: 'T3', tail: 'T9' },
      { id: 'T3', type: 'located_in', head: 'T3', tail: 'T5' },
      { id: 'R3', type: 'allied_with', head: 'T3', tail: 'T5' },
      { id: 'R4', type: 'part_of', head: 'T5', tail: 'T5' }
    ]
    const value = annotations([span('T3', 55, 95, 'LOC'), span('T5', 104, 120, 'LOC')], relations)
    expect(findRelationProblems(value, defaultSchema).map((problem) => [problem.severity, problem.code, problem.message])).toEqual([
      ['error', 'dangling-ref', 'relation R1 (located_in T3 → T9): no span "T9" in the document'],
      ['error', 'duplicate-id', 'relation T3 (located_in T3 → T5): id "T3" is used twice'],
      ['warning', 'relation-not-allowed', 'relation R3 (allied_with T3 → T5): allied_with starts from PER, ORG, GPE, not LOC'],
      ['error', 'self-reference', 'relation R4 (part_of T5 → T5): a relation cannot link a span to itself']
    ])
  })

  it('warns about undeclared attributes and values', () => {
    const value = annotations([
      span('T1', 0, 22, 'ORG', { attributes: { Note: 'armée de l’air', Modality: 'asserted' } }),
      span('T2', 46, 54, 'Attack', { attributes: { Modality: 'sure' } })
    ])
    expect(findAttributeProblems(value, defaultSchema).map((problem) => problem.message)).toEqual([
      'span T1 (ORG): ORG has no attribute "Modality"',
      'span T2 (Attack): attribute Modality takes "asserted", "hypothetical", "negated", "reported", not "sure"'
    ])
  })
})

describe('usagesOfSpan / removeSpanWithLinks', () => {
  it('lists where an entity is used, across events and relations', () => {
    expect(usagesOfSpan(seedAttack(), 'T3')).toEqual([
      { kind: 'argument', eventId: 'T2', eventType: 'Attack', index: 1, role: 'Target' },
      { kind: 'relation', relationId: 'R1', type: 'located_in', end: 'head' }
    ])
    expect(usagesOfSpan(sharedArguments(), 'T1')).toEqual([
      { kind: 'argument', eventId: 'T2', eventType: 'Attack', index: 0, role: 'Attacker' },
      { kind: 'argument', eventId: 'T3', eventType: 'Withdrawal', index: 0, role: 'Agent' }
    ])
    expect(usagesOfSpan(seedAttack(), 'T4')).toEqual([])
    expect(usagesOfSpan(seedAttack(), 'T2')).toEqual([])
  })

  it('removes an entity with its arguments and relations in one step, and the inverse restores all of it', () => {
    const before = seedAttack()
    const removed = removeSpanWithLinks(before, 'T3', T1)
    expect(removed.annotations.spans.map((candidate) => candidate.id)).toEqual(['T1', 'T2', 'T4', 'T5'])
    expect(removed.annotations.spans[1]).toEqual(
      span('T2', 46, 54, 'Attack', { updated: T1, arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Place', ref: 'T5' }] })
    )
    expect(removed.annotations.relations).toEqual([])
    expect(findLinkProblems(removed.annotations, defaultSchema).filter((problem) => problem.severity === 'error')).toEqual([])
    expect(removed.operation.kind).toBe('batch')
    expect(applyDocumentOperation(removed.annotations, removed.inverse).annotations).toEqual(before)
    expect(applyDocumentOperation(before, removed.operation).annotations).toEqual(removed.annotations)
  })

  it('removes a shared argument from both events', () => {
    const before = sharedArguments()
    const removed = removeSpanWithLinks(before, 'T4', T1)
    expect(removed.annotations.spans.map((candidate) => [candidate.id, candidate.arguments])).toEqual([
      ['T1', undefined],
      ['T2', [{ role: 'Attacker', ref: 'T1' }]],
      ['T3', [{ role: 'Agent', ref: 'T1' }]]
    ])
    expect(applyDocumentOperation(removed.annotations, removed.inverse).annotations).toEqual(before)
  })

  it('removes a trigger with its own arguments, and a trigger used as an argument of another event', () => {
    const withCause = annotations([
      span('T1', 0, 5, 'PER'),
      span('T2', 8, 15, 'Attack', { arguments: [{ role: 'Target', ref: 'T1' }] }),
      span('T3', 21, 27, 'Death', { arguments: [{ role: 'Victim', ref: 'T1' }, { role: 'Cause', ref: 'T2' }] })
    ])
    expect(findLinkProblems(withCause, defaultSchema)).toEqual([])
    const removed = removeSpanWithLinks(withCause, 'T2', T1)
    expect(removed.annotations.spans.map((candidate) => [candidate.id, candidate.arguments])).toEqual([
      ['T1', undefined],
      ['T3', [{ role: 'Victim', ref: 'T1' }]]
    ])
    expect(applyDocumentOperation(removed.annotations, removed.inverse).annotations).toEqual(withCause)
  })

  it('keeps plain removeSpan from leaving a dangling id', () => {
    expect(() => removeSpan(seedAttack(), 'T5')).toThrow(
      new RangeError('span T5 is used as role Place of event T2 (Attack), tail of relation R1 (located_in); delete it with its links instead')
    )
    expect(removeSpan(seedAttack(), 'T4').annotations.spans).toHaveLength(4)
  })
})

describe('relabelSpanWithLinks', () => {
  it('drops the arguments when a trigger becomes an entity, keeps them between event types, and undoes exactly', () => {
    const before = seedAttack()
    const toEntity = relabelSpanWithLinks(before, defaultSchema, 'T2', 'LOC', T1)
    expect(toEntity.annotations.spans[1]).toEqual(span('T2', 46, 54, 'LOC', { updated: T1 }))
    expect(applyDocumentOperation(toEntity.annotations, toEntity.inverse).annotations).toEqual(before)
    const toClash = relabelSpanWithLinks(before, defaultSchema, 'T2', 'Clash', T1)
    expect(toClash.annotations.spans[1]?.arguments).toEqual(before.spans[1]?.arguments)
    expect(findEventProblems(toClash.annotations, defaultSchema).map((problem) => problem.code)).toEqual([
      'role-not-allowed',
      'role-not-allowed',
      'missing-role'
    ])
    expect(before.spans[1]?.updated).toBe(T0)
  })
})
