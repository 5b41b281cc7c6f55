import { describe, expect, it } from 'vitest'
import { findLinkErrors } from '../../../src/core/annotations'
import { defaultSchema } from '../../../src/core/schema'
import { annotations, seedAttack, span } from './linkFixture'

describe('findLinkErrors', () => {
  it('is empty for the seed attack and for warnings only (a missing required role)', () => {
    expect(findLinkErrors(seedAttack(), defaultSchema)).toBe('')
    const noTarget = annotations([span('T1', 0, 22, 'ORG'), span('T2', 46, 54, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }] })])
    expect(findLinkErrors(noTarget, defaultSchema)).toBe('')
  })

  it('names the errors of events and relations in document order, as one reason', () => {
    const broken = annotations(
      [
        // An event with no arguments between the broken ones: skipped, but still a valid ref.
        span('T1', 0, 5, 'Attack'),
        span('T2', 8, 15, 'ORG', { arguments: [{ role: 'Place', ref: 'T1' }] }),
        span('T3', 21, 27, 'Attack', { arguments: [{ role: 'Target', ref: 'T9' }, { role: 'Target', ref: 'T1' }] })
      ],
      [{ id: 'T1', type: 'located_in', head: 'T2', tail: 'T2' }]
    )
    expect(findLinkErrors(broken, defaultSchema)).toBe(
      [
        'event T2 (ORG): has 1 argument(s) but ORG is not an event type',
        'event T3 (Attack): argument Target → T9: no span "T9" in the document',
        'relation T1 (located_in T2 → T2): id "T1" is used twice',
        'relation T1 (located_in T2 → T2): a relation cannot link a span to itself'
      ].join('; ')
    )
  })
})
