import { describe, expect, it } from 'vitest'
import { serializeAnnotations } from '../../../../src/core/node'
import { annotationFileParts, normalizeAnnotations } from '../../../../src/core/node/project/annotationsFile'
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

  it('in pieces of bytes, gives the UTF-8 of the text, also when span objects are reused after edits', () => {
    const joined = (value: DocumentAnnotations): string => Buffer.concat(annotationFileParts(value)).toString('utf8')
    expect(joined(annotations([]))).toBe(serializeAnnotations(annotations([])))
    const spans: Span[] = [
      { id: 'T1', start: 0, end: 3, label: 'PER', annotator: 'ana', created: T, updated: T, attributes: { note: 'é \u{1F600} "q"\n' } },
      // A value that reads like the end of a span, once its newline is escaped, is not one.
      { id: 'T2', start: 4, end: 9, label: 'ORG', annotator: 'ana', created: T, updated: T, attributes: { note: '\n    },\n    {' } },
      { id: 'T3', start: 4, end: 9, label: 'Attack', annotator: 'ana', created: T, updated: T, arguments: [{ role: 'Agent', ref: 'T2' }] }
    ]
    // As a store keeps them: normalised once (written whole, each span's bytes then cut from the file), then the same objects in every later version.
    const stored = normalizeAnnotations(annotations(spans))
    expect(joined(stored)).toBe(serializeAnnotations(stored))
    const byId = (id: string): Span => stored.spans.find((candidate) => candidate.id === id) as Span
    const [t1, t2, t3] = [byId('T1'), byId('T2'), byId('T3')]
    const relabelled = { ...t2, label: 'GPE', updated: '2026-02-03T00:00:00.000Z' }
    const added: Span = { id: 'T4', start: 1, end: 2, label: 'LOC', annotator: 'ana', created: T, updated: T }
    const edits: DocumentAnnotations[] = [
      { ...stored, spans: [t1, relabelled, t3] },
      { ...stored, spans: [t3, added, t1], status: 'done', rejectedSuggestions: ['S2', 'S1'] },
      { ...stored, spans: [t2] },
      { ...stored, spans: [t1, t2, t3] }
    ]
    for (const edited of edits) expect(joined(edited)).toBe(serializeAnnotations(edited))
    // The last piece ends the file: no separator after the last span.
    expect(joined({ ...stored, spans: [t3] })).toContain('\n      ]\n    }\n  ],\n  "relations": []\n}\n')
  })
})
