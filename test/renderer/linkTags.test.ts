import { describe, expect, it } from 'vitest'
import type { Span } from '../../src/core/model'
import { linkTags } from '../../src/renderer/editor/linkTags'
import { emptyAnnotations } from './annotationsFixture'

const span = (id: string, start: number, end: number, label: string, extra: Partial<Span> = {}): Span => ({
  id,
  start,
  end,
  label,
  annotator: 'ana',
  created: '2026-01-01T10:00:00.000Z',
  updated: '2026-01-01T10:00:00.000Z',
  ...extra
})

// Two attacks share their target: "Daech" is Target of T3 and of T4.
const annotations = {
  ...emptyAnnotations('doc'),
  spans: [
    span('T1', 0, 5, 'ORG'),
    span('T2', 10, 15, 'ORG'),
    span('T3', 20, 28, 'Attack', { arguments: [{ role: 'Attacker', ref: 'T1' }, { role: 'Target', ref: 'T2' }] }),
    span('T4', 30, 36, 'Attack', { arguments: [{ role: 'Target', ref: 'T2' }] }),
    span('T5', 40, 47, 'LOC')
  ],
  relations: [{ id: 'R1', type: 'located_in', head: 'T2', tail: 'T5' }]
}

describe('linkTags', () => {
  it('tags the arguments of a selected event with their roles', () => {
    expect(linkTags(annotations, 'T3')).toEqual([
      { spanId: 'T1', start: 0, end: 5, names: ['Attacker'] },
      { spanId: 'T2', start: 10, end: 15, names: ['Target'] }
    ])
  })

  it('tags both events sharing a selected argument, and the other end of its relation', () => {
    expect(linkTags(annotations, 'T2')).toEqual([
      { spanId: 'T3', start: 20, end: 28, names: ['Attack: Target'] },
      { spanId: 'T4', start: 30, end: 36, names: ['Attack: Target'] },
      { spanId: 'T5', start: 40, end: 47, names: ['located_in →'] }
    ])
    expect(linkTags(annotations, 'T5')).toEqual([{ spanId: 'T2', start: 10, end: 15, names: ['← located_in'] }])
  })

  it('shows nothing without a focused span or links', () => {
    expect(linkTags(annotations, null)).toEqual([])
    expect(linkTags(annotations, 'T9')).toEqual([])
    expect(linkTags({ ...annotations, relations: [] }, 'T5')).toEqual([])
  })
})
