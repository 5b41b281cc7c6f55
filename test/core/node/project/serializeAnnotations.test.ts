import { describe, expect, it } from 'vitest'
import { serializeAnnotations } from '../../../../src/core/node'
import type { DocumentAnnotations, Span } from '../../../../src/core/model'

const T = '2026-01-02T03:04:05.000Z'

function annotations(spans: Span[]): DocumentAnnotations {
  return { version: 2, documentId: 'doc "spans": [],', sha256: 'a'.repeat(64), annotator: 'ana', status: 'todo', offsetUnit: 'utf16', spans, relations: [] }
}

describe('serializeAnnotations', () => {
  it('writes an empty span list inline', () => {
    expect(serializeAnnotations(annotations([]))).toContain('\n  "spans": [],\n  "relations": []\n}\n')
  })

  it('writes spans sorted, keys in file order, two-space indented, whatever the id or label holds', () => {
    const later: Span = { updated: T, created: T, annotator: 'ana', label: 'ORG', end: 9, start: 4, id: 'T2', attributes: { note: 'a\nb' } }
    const first: Span = { id: 'T1', start: 0, end: 3, label: 'PER', annotator: 'ana', created: T, updated: T, arguments: [{ ref: 'T2', role: 'Agent' }] }
    const text = serializeAnnotations(annotations([later, first]))
    expect(text).toBe(
      [
        '{',
        '  "version": 2,',
        '  "documentId": "doc \\"spans\\": [],",',
        `  "sha256": "${'a'.repeat(64)}",`,
        '  "annotator": "ana",',
        '  "status": "todo",',
        '  "offsetUnit": "utf16",',
        '  "spans": [',
        '    {',
        '      "id": "T1",',
        '      "start": 0,',
        '      "end": 3,',
        '      "label": "PER",',
        '      "annotator": "ana",',
        `      "created": "${T}",`,
        `      "updated": "${T}",`,
        '      "arguments": [',
        '        {',
        '          "role": "Agent",',
        '          "ref": "T2"',
        '        }',
        '      ]',
        '    },',
        '    {',
        '      "id": "T2",',
        '      "start": 4,',
        '      "end": 9,',
        '      "label": "ORG",',
        '      "annotator": "ana",',
        `      "created": "${T}",`,
        `      "updated": "${T}",`,
        '      "attributes": {',
        '        "note": "a\\nb"',
        '      }',
        '    }',
        '  ],',
        '  "relations": []',
        '}',
        ''
      ].join('\n')
    )
    expect(serializeAnnotations(annotations([first, later]))).toBe(text)
  })
})
