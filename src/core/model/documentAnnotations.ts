import type { DocumentStatus } from './documentStatus'
import type { Span } from './span'

export const ANNOTATION_FILE_VERSION = 1

/**
 * One annotator's work on one document: the content of
 * `annotations/<annotator>/<document-id>.json`. A plain immutable value;
 * every change produces a new one (see `src/core/annotations`).
 */
export interface DocumentAnnotations {
  readonly version: typeof ANNOTATION_FILE_VERSION
  readonly documentId: string
  /** sha256 of the text these offsets were made on; a mismatch means the text changed. */
  readonly sha256: string
  readonly annotator: string
  readonly status: DocumentStatus
  /** Stated in every file so a reader never has to guess. Always `utf16` on disk. */
  readonly offsetUnit: 'utf16'
  readonly spans: readonly Span[]
}
