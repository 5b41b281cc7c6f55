import { describe, expect, it } from 'vitest'
import { createEventScorer, formatEventScores } from '../../../../src/core/evaluation'

describe('formatEventScores', () => {
  it('prints one row per measure, n/a for undefined ratios, and with groups the per-type and per-role tables', () => {
    const scorer = createEventScorer()
    // Gold Attack 10-18 {Attacker 0-7}; prediction Clash 10-18 with no argument.
    // Trigger id.: tp 1 → 1.0000 throughout. Trigger class.: fp 1, fn 1 → 0. Arguments: fn 1, nothing predicted → precision n/a.
    scorer.addDocument([{ start: 10, end: 18, type: 'Attack', arguments: [{ role: 'Attacker', start: 0, end: 7 }] }], [{ start: 10, end: 18, type: 'Clash', arguments: [] }])
    const lines = formatEventScores(scorer.result(), true).split('\n')
    expect(lines[0]).toBe('1 document(s); events, ACE-style (micro)')
    expect(lines[2]).toMatch(/^trigger identification +1 +0 +0 +1\.0000 +1\.0000 +1\.0000$/)
    expect(lines[3]).toMatch(/^trigger classification +0 +1 +1 +0\.0000 +0\.0000 +0\.0000$/)
    expect(lines[4]).toMatch(/^argument identification +0 +0 +1 +n\/a +0\.0000 +0\.0000$/)
    expect(lines).toContainEqual(expect.stringMatching(/^Attack +0 +0 +1 +n\/a +0\.0000 +0\.0000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Clash +0 +1 +0 +0\.0000 +n\/a +0\.0000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Attacker +0 +0 +1 +n\/a +0\.0000 +0\.0000$/))
  })
})
