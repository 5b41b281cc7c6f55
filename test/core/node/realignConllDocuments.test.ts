import { describe, expect, it } from 'vitest'
import type { CorpusDocument } from '../../../src/core/model'
import { realignConllDocuments } from '../../../src/core/node/interchange/realignConllDocuments'

// Project text, UTF-16: L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 \r13 \n14 à15 _16 P17 a18 r19 i20 s21 NBSP22 !23
const projectText = 'Le \u{1F680} de Zoe\u0301\r\n\u00e0 Paris\u00a0!'
// As CoNLL reading rebuilds it: L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 \n13 à14 _15 P16 … s20 _21 !22
const rebuiltText = 'Le \u{1F680} de Zoe\u0301\n\u00e0 Paris !'

const projectDocument = (id: string, text: string): CorpusDocument => ({ id, text, sha256: '0'.repeat(64), source: `${id}.txt`, meta: {} })

describe('realignConllDocuments', () => {
  it('moves spans onto the project text and takes its id and text', () => {
    const read = { id: 'doc-1', text: rebuiltText, spans: [{ start: 16, end: 21, label: 'GPE' }, { start: 0, end: 5, label: 'X' }] }
    const [realigned] = realignConllDocuments([read], [projectDocument('other', 'Rome.'), projectDocument('mixed', projectText)])
    expect(realigned).toEqual({ id: 'mixed', text: projectText, spans: [{ start: 17, end: 22, label: 'GPE' }, { start: 0, end: 5, label: 'X' }] })
    expect(projectText.slice(17, 22)).toBe('Paris')
  })

  it('keeps a document as read when no project text, or more than one, matches', () => {
    const read = { id: 'doc-1', text: rebuiltText, spans: [{ start: 16, end: 21, label: 'GPE' }] }
    expect(realignConllDocuments([read], [projectDocument('other', 'Rome.')])).toEqual([read])
    expect(realignConllDocuments([read], [projectDocument('a', projectText), projectDocument('b', projectText)])).toEqual([read])
  })
})
