import { join } from 'node:path'
import { GOLD_ANNOTATOR } from '../../model'
import { ProjectError } from '../errors'

/** Folder of all annotation layers in a project. */
export const ANNOTATIONS_DIR = 'annotations'

/** The adjudicated layer (defined with the model, which needs it for provenance). */
export { GOLD_ANNOTATOR }

const ANNOTATOR_NAME = /^[\p{L}\p{N}_.-]{1,64}$/u

/** Characters kept as they are in file names; everything else is percent-encoded. */
const SAFE_CHARACTER = /[A-Za-z0-9_.-]/

/** File names longer than this risk the 255-byte limit of common file systems once `.json.bak` is added. */
const MAX_ENCODED_LENGTH = 200

/** Throws ProjectError unless `name` can be an annotator (and folder) name; `gold` is allowed. */
export function assertAnnotatorName(name: string): void {
  if (!ANNOTATOR_NAME.test(name) || /^\.+$/.test(name)) {
    throw new ProjectError(`annotator name "${name}" must be 1–64 letters, digits, "_", "-" or "." (not only dots)`)
  }
}

/**
 * Turns a document id into a file name stem that is safe on every file system and
 * cannot escape the folder: ASCII letters, digits, "_", "-" and "." stay (a leading "."
 * does not, so no hidden files and no ".."); every other character becomes the
 * percent-encoded bytes of its UTF-8 form (`a b/é` → `a%20b%2F%C3%A9`). Non-ASCII letters
 * are encoded too, because macOS stores file names decomposed (NFD) and would no longer
 * match the id.
 */
export function encodeDocumentId(id: string): string {
  let encoded = ''
  for (const character of id) {
    if (SAFE_CHARACTER.test(character) && !(encoded === '' && character === '.')) {
      encoded += character
    } else {
      for (const byte of new TextEncoder().encode(character)) {
        encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
      }
    }
  }
  if (encoded.length === 0) throw new ProjectError('a document id cannot be empty')
  if (encoded.length > MAX_ENCODED_LENGTH) {
    throw new ProjectError(`document id "${id.slice(0, 40)}…" is too long for a file name (${encoded.length} > ${MAX_ENCODED_LENGTH} once encoded)`)
  }
  return encoded
}

/** The inverse of encodeDocumentId; returns null for a name encodeDocumentId cannot produce. */
export function decodeDocumentId(stem: string): string | null {
  try {
    const id = decodeURIComponent(stem)
    return encodeDocumentId(id) === stem ? id : null
  } catch {
    return null
  }
}

/** `<project>/annotations/<annotator>` */
export function annotatorDir(projectDir: string, annotator: string): string {
  assertAnnotatorName(annotator)
  return join(projectDir, ANNOTATIONS_DIR, annotator)
}

/** `<project>/annotations/<annotator>/<encoded document id>.json` */
export function annotationPath(projectDir: string, annotator: string, documentId: string): string {
  return join(annotatorDir(projectDir, annotator), `${encodeDocumentId(documentId)}.json`)
}
