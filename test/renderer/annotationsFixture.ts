import { ANNOTATION_FILE_VERSION, type DocumentAnnotations } from '../../src/core/model'

/** An empty annotation value for renderer tests; the one place to update when the file format grows. */
export function emptyAnnotations(documentId: string, annotator = 'ana'): DocumentAnnotations {
  return { version: ANNOTATION_FILE_VERSION, documentId, sha256: 'c'.repeat(64), annotator, status: 'todo', offsetUnit: 'utf16', spans: [], relations: [] }
}
