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

  it('reads the first non-cancelled annotation with its relations and reports the rest and choices', () => {
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
              { from_id: 'a', to_id: 'b', type: 'relation', direction: 'left', labels: ['has'] },
              { from_id: 'a', to_id: 'b', type: 'relation', direction: 'bi', labels: ['near'] },
              { from_id: 'a', to_id: 'b', type: 'relation', direction: 'right', labels: [] },
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
        ],
        // "left" points from to_id to from_id.
        relations: [
          { type: 'in', head: 'a', tail: 'b' },
          { type: 'has', head: 'b', tail: 'a' }
        ]
      }
    ])
    expect(read.report.map((issue) => `${issue.item}: ${issue.reason}`)).toEqual([
      'annotation 3: only the first of 2 annotations of a task is read',
      'relation a->b near: undirected (bi) relations are not carried; goldspan relations have a head and a tail',
      'relation a->b: a relation needs exactly one label to become a goldspan relation type',
      'result c (choices): only text spans with labels are carried',
      'result h (hypertextlabels): only text spans with labels are carried'
    ])
  })

  it('writes relations as relation results and reads them back; events and attributes are reported', () => {
    const document = {
      id: 'd',
      text: 'Assad à Damas',
      spans: [
        { id: 'T1', start: 0, end: 5, label: 'PER' },
        { id: 'T2', start: 8, end: 13, label: 'GPE', attributes: { Capital: 'true' } }
      ],
      relations: [{ id: 'R1', type: 'in', head: 'T1', tail: 'T2' }]
    }
    const written = writeLabelStudio([document])
    const [task] = JSON.parse(written.output) as Array<{ annotations: Array<{ result: unknown[] }> }>
    expect(task?.annotations[0]?.result[2]).toEqual({ from_id: 'T1', to_id: 'T2', type: 'relation', direction: 'right', labels: ['in'] })
    expect(written.report.map((issue) => issue.item)).toEqual(['T2 GPE attributes {"Capital":"true"}'])
    const back = readLabelStudio(written.output, { source: 'x.json' })
    expect(back.report).toEqual([])
    expect(back.documents[0]?.relations).toEqual([{ type: 'in', head: 'T1', tail: 'T2' }])
  })

  it('refuses a result whose text does not match its offsets, naming the task', () => {
    const tasks = [{ data: { text: '😀 Idlib' }, annotations: [{ result: [{ value: { start: 3, end: 8, text: 'Idli', labels: ['GPE'] } }] }] }]
    const read = readLabelStudio(JSON.stringify(tasks), { source: 'export.json' })
    expect(read.documents).toEqual([])
    expect(read.errors[0]?.reason).toBe('task [0]: document "task-1": annotations[0].result[0]: text is "Idli" but start-end cover "Idlib"')
    expect(readLabelStudio('[{', { source: 'broken.json' }).errors[0]?.reason).toMatch(/^not JSON/)
  })
})
