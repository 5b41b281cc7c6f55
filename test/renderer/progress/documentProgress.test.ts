import { describe, expect, it } from 'vitest'
import type { Span } from '../../../src/core/model'
import { corpusCountByLabel, countByLabel, countByStatus } from '../../../src/renderer/progress/documentProgress'

const span = (id: string, label: string): Span => ({ id, start: 0, end: 1, label, annotator: 'ana', created: '', updated: '' })

describe('progress counts', () => {
  it('counts documents by status', () => {
    const documents = ['done', 'todo', 'done', 'in_progress'].map((status, index) => ({ id: `d${index}`, status: status as 'done', spanCount: 0, length: 1 }))
    expect(countByStatus(documents)).toEqual({ todo: 1, in_progress: 1, done: 2 })
  })

  it('counts spans per label in schema order, then labels the schema no longer has', () => {
    expect(countByLabel([span('T1', 'GPE'), span('T2', 'OLD'), span('T3', 'GPE')], ['PER', 'GPE'])).toEqual([
      { label: 'PER', count: 0 },
      { label: 'GPE', count: 2 },
      { label: 'OLD', count: 1 }
    ])
  })

  it('adds the saved counts of the other documents to the live spans of the open one, whose saved counts are left out', () => {
    const saved: { documentId: string; labels: Record<string, number> }[] = [
      { documentId: 'a', labels: { PER: 2, GPE: 1 } },
      { documentId: 'b', labels: { PER: 5 } }
    ]
    // b is open: its 5 saved PER give way to its 1 live PER and 1 live ORG.
    const counts = corpusCountByLabel(saved, { documentId: 'b', spans: [span('T1', 'PER'), span('T2', 'ORG')] }, ['PER', 'ORG', 'GPE'])
    expect([...counts]).toEqual([
      ['PER', 3],
      ['ORG', 1],
      ['GPE', 1]
    ])
  })
})
