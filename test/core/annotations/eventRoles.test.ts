import { describe, expect, it } from 'vitest'
import { eventRoleStatus, rolesToOffer } from '../../../src/core/annotations'
import { defaultSchema } from '../../../src/core/schema'
import { annotations, seedAttack, span } from './linkFixture'

describe('eventRoleStatus', () => {
  it('lists the declared roles in schema order with who fills them and what required role is missing', () => {
    const status = eventRoleStatus(defaultSchema, seedAttack(), 'T2').map(({ role, filledBy, missing }) => [role.name, filledBy, missing])
    expect(status).toEqual([
      ['Attacker', ['T1'], false],
      ['Target', ['T3'], false],
      ['Place', ['T5'], false],
      ['Time', [], false],
      ['Instrument', [], false]
    ])
    const bare = annotations([span('T2', 46, 54, 'Attack')])
    expect(eventRoleStatus(defaultSchema, bare, 'T2').filter((entry) => entry.missing).map((entry) => entry.role.name)).toEqual(['Target'])
    expect(eventRoleStatus(defaultSchema, bare, 'T9')).toEqual([])
  })
})

describe('rolesToOffer', () => {
  it('offers the roles the schema allows for the pair, less filled non-repeatable ones and roles the span already has', () => {
    const value = seedAttack()
    // T4 (ORG) could be Attacker or Target: both repeatable, neither filled by T4 yet.
    expect(rolesToOffer(defaultSchema, value, 'T2', 'T4').map((role) => role.name)).toEqual(['Attacker', 'Target'])
    // T3 (LOC) could be Target or Place: it is the Target already, and Place (not repeatable) is T5.
    expect(rolesToOffer(defaultSchema, value, 'T2', 'T3').map((role) => role.name)).toEqual([])
    // T1 (ORG) is the Attacker already; Target remains.
    expect(rolesToOffer(defaultSchema, value, 'T2', 'T1').map((role) => role.name)).toEqual(['Target'])
    expect(rolesToOffer(defaultSchema, value, 'T2', 'T2')).toEqual([])
    expect(rolesToOffer(defaultSchema, value, 'T1', 'T4')).toEqual([])
  })
})
