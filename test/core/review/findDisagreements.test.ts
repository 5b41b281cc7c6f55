import { describe, expect, it } from 'vitest'
import type { Span } from '../../../src/core/model'
import { findDisagreements, type AnnotatorVersion } from '../../../src/core/review'

const T = '2026-01-01T00:00:00.000Z'

function span(annotator: string, id: string, start: number, end: number, label: string): Span {
  return { id, start, end, label, annotator, created: T, updated: T }
}

function version(annotator: string, spans: [string, number, number, string][]): AnnotatorVersion {
  return { annotator, annotations: { spans: spans.map(([id, start, end, label]) => span(annotator, id, start, end, label)) } }
}

/** Each unit as `group start-end a:label@start-end|- b:...`, readable in expectations. */
function describeUnits(versions: AnnotatorVersion[]): string[] {
  return findDisagreements(versions).units.map(
    (unit) =>
      `${unit.group} ${unit.start}-${unit.end} ` +
      unit.versions.map(({ annotator, span: s }) => `${annotator}:${s ? `${s.label}@${s.start}-${s.end}` : '-'}`).join(' ')
  )
}

describe('findDisagreements', () => {
  it('puts each kind of difference between two annotators in its group, in document order', () => {
    const alice = version('alice', [
      ['T1', 0, 5, 'PER'],
      ['T2', 10, 15, 'ORG'],
      ['T3', 20, 30, 'LOC'],
      ['T4', 40, 45, 'PER'],
      ['T5', 60, 65, 'DATE']
    ])
    const bob = version('bob', [
      ['T1', 0, 5, 'PER'],
      ['T2', 10, 15, 'LOC'],
      ['T3', 20, 26, 'LOC'],
      ['T4', 41, 48, 'ORG'],
      ['T5', 50, 55, 'MISC']
    ])
    expect(describeUnits([alice, bob])).toEqual([
      'agreed 0-5 alice:PER@0-5 bob:PER@0-5',
      'label-differs 10-15 alice:ORG@10-15 bob:LOC@10-15',
      'boundary-differs 20-30 alice:LOC@20-30 bob:LOC@20-26',
      'boundary-and-label-differ 40-48 alice:PER@40-45 bob:ORG@41-48',
      'only-one 50-55 alice:- bob:MISC@50-55',
      'only-one 60-65 alice:DATE@60-65 bob:-'
    ])
    expect(findDisagreements([alice, bob]).counts).toEqual({
      agreed: 1,
      'label-differs': 1,
      'boundary-differs': 1,
      'boundary-and-label-differ': 1,
      'only-one': 2
    })
  })

  it('with three annotators, a boundary two share and the third lacks is only-one; a third boundary makes it boundary-differs', () => {
    const alice = version('alice', [['T1', 0, 5, 'PER'], ['T2', 10, 20, 'ORG'], ['T3', 30, 35, 'LOC']])
    const bob = version('bob', [['T9', 0, 5, 'PER'], ['T8', 10, 20, 'ORG'], ['T7', 30, 35, 'ORG']])
    const carol = version('carol', [['T1', 0, 5, 'PER'], ['T2', 12, 20, 'ORG'], ['T3', 30, 35, 'LOC']])
    const dave = version('dave', [['T1', 0, 5, 'PER']])
    expect(describeUnits([alice, bob, carol])).toEqual([
      'agreed 0-5 alice:PER@0-5 bob:PER@0-5 carol:PER@0-5',
      'boundary-differs 10-20 alice:ORG@10-20 bob:ORG@10-20 carol:ORG@12-20',
      'label-differs 30-35 alice:LOC@30-35 bob:ORG@30-35 carol:LOC@30-35'
    ])
    expect(describeUnits([alice, bob, dave])).toEqual([
      'agreed 0-5 alice:PER@0-5 bob:PER@0-5 dave:PER@0-5',
      'only-one 10-20 alice:ORG@10-20 bob:ORG@10-20 dave:-',
      // Two present versions differ and one annotator is absent: the difference decides the group.
      'label-differs 30-35 alice:LOC@30-35 bob:ORG@30-35 dave:-'
    ])
  })

  it('pairs nested spans with their exact counterparts, not with the enclosing span', () => {
    // "Bank of America": alice ORG 0-15 and LOC 8-15; bob ORG 0-15 only.
    const alice = version('alice', [['T1', 0, 15, 'ORG'], ['T2', 8, 15, 'LOC']])
    const bob = version('bob', [['T1', 0, 15, 'ORG']])
    expect(describeUnits([alice, bob])).toEqual(['agreed 0-15 alice:ORG@0-15 bob:ORG@0-15', 'only-one 8-15 alice:LOC@8-15 bob:-'])
  })

  it('takes the counterpart overlapping the most, and leaves the other for a unit of its own', () => {
    const alice = version('alice', [['T1', 0, 10, 'PER']])
    const bob = version('bob', [['T1', 0, 3, 'PER'], ['T2', 4, 10, 'PER']])
    expect(describeUnits([alice, bob])).toEqual(['only-one 0-3 alice:- bob:PER@0-3', 'boundary-differs 0-10 alice:PER@0-10 bob:PER@4-10'])
  })

  it('at a shared boundary with two labels by one annotator, matches the common label and leaves the other', () => {
    const alice = version('alice', [['T1', 0, 5, 'LOC'], ['T2', 0, 5, 'ORG']])
    const bob = version('bob', [['T1', 0, 5, 'ORG']])
    expect(describeUnits([alice, bob])).toEqual(['only-one 0-5 alice:LOC@0-5 bob:-', 'agreed 0-5 alice:ORG@0-5 bob:ORG@0-5'])
  })

  it('gives a context range widened on both sides and clamped to the text', () => {
    const { units } = findDisagreements([version('a', [['T1', 5, 10, 'X']]), version('b', [['T1', 30, 40, 'X']])], { textLength: 50, contextCharacters: 20 })
    expect(units.map((unit) => unit.context)).toEqual([
      { start: 0, end: 30 },
      { start: 10, end: 50 }
    ])
  })

  it('gives the same units whatever the order of spans in the input', () => {
    const alice = version('alice', [['T1', 0, 5, 'PER'], ['T2', 10, 15, 'ORG'], ['T3', 12, 18, 'LOC']])
    const bob = version('bob', [['T1', 11, 16, 'ORG'], ['T2', 0, 5, 'LOC']])
    const reversed = (v: AnnotatorVersion): AnnotatorVersion => ({ ...v, annotations: { spans: [...v.annotations.spans].reverse() } })
    expect(describeUnits([reversed(alice), reversed(bob)])).toEqual(describeUnits([alice, bob]))
  })

  it('refuses an annotator given twice', () => {
    expect(() => findDisagreements([version('a', []), version('a', [])])).toThrow(/annotator "a" is given twice/)
  })
})
