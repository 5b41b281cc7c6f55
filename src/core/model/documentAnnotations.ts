import type { DocumentStatus } from './documentStatus'
import type { Relation } from './relation'
import type { Span } from './span'

/**
 * Version of the annotation file. 2 added event arguments and attributes (on spans) and
 * relations; version-1 files (spans only) are read as version 2 with no relations, and
 * are written as version 2 only once the annotator changes something.
 */
export const ANNOTATION_FILE_VERSION = 2

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
  /** Entity mentions and triggers (with their events' arguments), sorted by start, end, id. */
  readonly spans: readonly Span[]
  /** In the order they were added. */
  readonly relations: readonly Relation[]
  /** Keys (`suggestionKey`) of the model suggestions this annotator rejected, sorted. Absent when none. */
  readonly rejectedSuggestions?: readonly string[]
}
