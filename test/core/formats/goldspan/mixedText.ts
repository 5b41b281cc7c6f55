import { createHash } from 'node:crypto'
import type { CorpusDocument, DocumentAnnotations, Span } from '../../../../src/core/model'
import { defaultSchema } from '../../../../src/core/schema'

/**
 * A text with an emoji outside the BMP, a combining accent, CRLF and NBSP. Offsets,
 * counted by hand:
 *
 *   utf16:     L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 \r13 \n14 à15 _16 P17 a18 r19 i20 s21 NBSP22 !23   (length 24)
 *   codepoint: L0 e1 _2 🚀3   _4 d5 e6 _7 Z8 o9  e10 ◌́11 \r12 \n13 à14 _15 P16 a17 r18 i19 s20 NBSP21 !22   (length 23)
 */
export const mixedText = 'Le \u{1F680} de Zoe\u0301\r\n\u00e0 Paris\u00a0!'

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export const mixedDocument: CorpusDocument = {
  id: 'mixed',
  text: mixedText,
  sha256: sha256Of(mixedText),
  source: 'mixed.txt',
  meta: {}
}

export function span(id: string, start: number, end: number, label: string): Span {
  return { id, start, end, label, annotator: 'alice', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' }
}

/** Spans in UTF-16 offsets, deliberately out of order. */
export const mixedSpans: Span[] = [
  span('T3', 17, 22, 'GPE'), // "Paris"
  span('T1', 3, 5, 'WEAPON'), // "🚀"
  span('E1', 6, 8, 'Attack'), // "de", an event type
  span('T2', 9, 13, 'PER') // "Zoé" with the combining accent
]

export function mixedAnnotations(spans: Span[] = mixedSpans): DocumentAnnotations {
  return {
    version: 2,
    documentId: 'mixed',
    sha256: mixedDocument.sha256,
    annotator: 'alice',
    status: 'done',
    offsetUnit: 'utf16',
    spans,
    relations: []
  }
}

export const schema = defaultSchema
