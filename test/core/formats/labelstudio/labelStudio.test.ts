import { describe, expect, it } from 'vitest'
import { readLabelStudio, writeLabelStudio } from '../../../../src/core/formats/labelstudio'
import { plainSpans, seedDocuments, trickyDocument } from '../fixtures'

describe('Label Studio JSON', () => {
  it('round-trips the seeds as annotations and as predictions, ids and overlaps kept', () => {
    const seeds = seedDocuments()
    for (const layer of ['annotations', 'predictions'] as const) {
      const written = writeLabelStudio(seeds, { layer })
      expect(written.report).toEqual([])
      const read = readLabelStudio(written.output, { source: 'tasks.json', layer })
      expect(read.errors).toEqual([])
      expect(read.report).toEqual([])
      expect(read.documents.map((document) => document.id)).toEqual(seeds.map((document) => document.id))
      read.documents.forEach((document, index) => {
        expect(plainSpans(document.spans)).toEqual(plainSpans(seeds[index]!.spans))
      })
    }
  })

  it('counts in UTF-16 code units, as the browser does', () => {
    const document = trickyDocument()
    const [task] = JSON.parse(writeLabelStudio([document]).output) as Array<{
      annotations: Array<{ result: Array<{ value: { start: number; end: number; text: string; labels: string[] } }> }>
    }>
    const values = task!.annotations[0]!.result.map((result) => result.value)
    // "Moscou" starts after 22 UTF-16 units: see fixtures.ts.
    expect(values.find((value) => value.text === 'Moscou')).toEqual({ start: 22, end: 28, text: 'Moscou', labels: ['GPE'] })
    const back = readLabelStudio(writeLabelStudio([document]).output, { source: 'x.json' })
    expect(plainSpans(back.documents[0]!.spans)).toEqual(plainSpans(document.spans))
  })

  it('reads the first non-cancelled annotation and reports the rest, relations and choices', () => {
    const tasks = [
      {
        id: 41,
        data: { text: 'Assad à Damas' },
        annotations: [
          { id: 1, was_cancelled: true, result: [] },
          {
            id: 2,
            result: [
              { id: 'a', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 0, end: 5, text: 'Assad', labels: ['PER'] } },
              { id: 'b', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 8, end: 13, text: 'Damas', labels: ['GPE', 'LOC'] } },
              { from_id: 'a', to_id: 'b', type: 'relation', direction: 'right', labels: ['in'] },
              { id: 'c', from_name: 'topic', to_name: 'text', type: 'choices', value: { choices: ['war'] } },
              { id: 'h', type: 'hypertextlabels', value: { start: '/p[1]/text()[1]', end: '/p[1]/text()[1]', startOffset: 0, endOffset: 5, hypertextlabels: ['PER'] } }
            ]
          },
          { id: 3, result: [] }
        ]
      }
    ]
    const read = readLabelStudio(JSON.stringify(tasks), { source: 'export.json' })
    expect(read.errors).toEqual([])
    expect(read.documents).toEqual([
      {
        id: '41',
        text: 'Assad à Damas',
        spans: [
          { id: 'a', start: 0, end: 5, label: 'PER' },
          { start: 8, end: 13, label: 'GPE' },
          { start: 8, end: 13, label: 'LOC' }
        ]
      }
    ])
    expect(read.report.map((issue) => issue.item)).toEqual(['annotation 3', 'result 2 (relation)', 'result c (choices)', 'result h (hypertextlabels)'])
  })

  it('refuses a result whose text does not match its offsets, naming the task', () => {
    const tasks = [{ data: { text: '😀 Idlib' }, annotations: [{ result: [{ value: { start: 3, end: 8, text: 'Idli', labels: ['GPE'] } }] }] }]
    const read = readLabelStudio(JSON.stringify(tasks), { source: 'export.json' })
    expect(read.documents).toEqual([])
    expect(read.errors[0]?.reason).toBe('task [0]: document "task-1": annotations[0].result[0]: text is "Idli" but start-end cover "Idlib"')
    expect(readLabelStudio('[{', { source: 'broken.json' }).errors[0]?.reason).toMatch(/^not JSON/)
  })
})
