import type { DocumentAnnotations, Span } from '../../model'
import type { Schema } from '../../schema'

/** One version of an annotation file as this process wrote it; `revision` is the file's fingerprint. */
export interface SavedVersion {
  readonly revision: string
  readonly annotations: DocumentAnnotations
  /** The schema it was checked against. */
  readonly schema: Schema
  /** Its spans by id once a save of changes has needed them (a whole save does not). */
  readonly spansById: Map<string, Span> | null
}

/** Few: only the documents being edited now need one, and each holds a whole document's spans. */
const MAX_KEPT = 8

const versions = new Map<string, SavedVersion>()

/**
 * The last version written to `file`, the base a save of changes applies to. Kept in
 * memory because re-reading and re-validating 10k spans per save is what changes avoid.
 */
export function savedVersion(file: string): SavedVersion | undefined {
  return versions.get(file)
}

export function rememberSavedVersion(file: string, version: SavedVersion): void {
  versions.delete(file)
  versions.set(file, version)
  // A Map keeps insertion order: the first key is the least recently saved file.
  for (const oldest of versions.keys()) {
    if (versions.size <= MAX_KEPT) break
    versions.delete(oldest)
  }
}

export function forgetSavedVersion(file: string): void {
  versions.delete(file)
}
