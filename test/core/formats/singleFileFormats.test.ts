import { describe, expect, it } from 'vitest'
import { SINGLE_FILE_FORMATS } from '../../../src/core/formats/singleFileFormats'
import { plainSpans, seedDocuments, trickyDocument } from './fixtures'

describe('the single-file format table', () => {
  it('round-trips every offset-keeping format on the seeds and the emoji/CRLF/combining-mark text', () => {
    const documents = [...seedDocuments(), trickyDocument()]
    for (const name of ['doccano', 'label-studio'] as const) {
      const format = SINGLE_FILE_FORMATS[name]
      const read = format.read(format.write(documents).output, `all${format.extension}`)
      expect(read.errors).toEqual([])
      expect(read.documents.map((document) => [document.id, document.text])).toEqual(documents.map((document) => [document.id, document.text]))
      read.documents.forEach((document, index) => expect(plainSpans(document.spans)).toEqual(plainSpans(documents[index]!.spans)))
    }
  })

  it('reads back what each CoNLL variant writes, labels in the same order', () => {
    const document = trickyDocument()
    for (const name of ['conll', 'conll-bioes', 'conll2003'] as const) {
      const format = SINGLE_FILE_FORMATS[name]
      const back = format.read(format.write([document]).output, 'x.conll').documents[0]!
      expect(back.spans.map((span) => span.label)).toEqual(['LOC', 'PER', 'GPE', 'GPE', 'MISC'])
    }
  })
})
