import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Low } from 'lowdb'
import type { CorpusDocument, DocumentAnnotations, Span } from '../../model'
import { AnnotationFileError, ProjectError } from '../errors'
import { annotationPath, assertAnnotatorName } from './annotationPath'
import { STALE_SAVE_BASE } from '../../api'
import { annotationsFile, emptyAnnotations, validateAnnotations, type AnnotationsContext } from './annotationsFile'
import { applyAnnotationChanges, indexAnnotations, type AnnotationChanges, type IndexedAnnotations } from './annotationChanges'
import { readProjectConfig, type Project } from './openProject'
import { projectConfigFile, projectConfigPath } from './projectConfig'
import { fileSystemErrorReason } from '../fileSystemErrorReason'
import { serializeByKey } from '../serializeByKey'
import { currentFingerprint } from '../fileFingerprint'
import { forgetSavedVersion, rememberSavedVersion, savedVersion } from './savedVersions'

// Indexed once per documents array: listAnnotations looks up every document of 10k-document projects.
const documentIndexes = new WeakMap<readonly CorpusDocument[], Map<string, CorpusDocument>>()

function findDocument(project: Project, documentId: string): CorpusDocument {
  let index = documentIndexes.get(project.documents)
  if (!index) {
    index = new Map(project.documents.map((document) => [document.id, document]))
    documentIndexes.set(project.documents, index)
  }
  const document = index.get(documentId)
  if (!document) throw new ProjectError(`${project.dir}: no document "${documentId}" in the project`)
  return document
}

/**
 * Reads one annotator's work on one document. A missing file gives empty `todo`
 * annotations; a file that is not UTF-8 JSON or does not validate against the text,
 * the schema and the sha256 throws AnnotationFileError (`<file>: <reason>`) and is
 * left exactly as it is.
 */
export async function loadAnnotations(project: Project, annotator: string, documentId: string): Promise<DocumentAnnotations> {
  assertAnnotatorName(annotator)
  const document = findDocument(project, documentId)
  const file = annotationPath(project.dir, annotator, documentId)
  const db = new Low(annotationsFile(file, { document, annotator, schema: project.config.schema }), emptyAnnotations(document, annotator))
  await db.read()
  return db.data
}

/**
 * loadAnnotations, with the revision of the file it read, remembered as the base a first
 * save of changes applies to: the file passed the same checks a save makes, so editing a
 * 10k-span document never has to send it whole. No revision for a missing file, or for one
 * that changed while it was being read.
 */
export async function openAnnotations(project: Project, annotator: string, documentId: string): Promise<{ readonly annotations: DocumentAnnotations; readonly revision?: string }> {
  assertAnnotatorName(annotator)
  const file = annotationPath(project.dir, annotator, documentId)
  return serializeByKey(file, async () => {
    const before = await currentFingerprint(file)
    const annotations = await loadAnnotations(project, annotator, documentId)
    if (before === null || (await currentFingerprint(file)) !== before) return { annotations }
    rememberSavedVersion(file, { revision: before, annotations, schema: project.config.schema, spansById: null })
    return { annotations, revision: before }
  })
}

/** Adds a new annotator to goldspan.json, re-reading it first so that another process's changes are kept. */
async function registerAnnotator(project: Project, annotator: string): Promise<void> {
  if (project.config.annotators.includes(annotator)) return
  const onDisk = await readProjectConfig(project.dir)
  const annotators = onDisk.annotators.includes(annotator) ? onDisk.annotators : [...onDisk.annotators, annotator].sort()
  if (annotators !== onDisk.annotators) await projectConfigFile(project.dir).write({ ...onDisk, annotators })
  project.config = { ...project.config, annotators }
}

/**
 * Saves one annotator's work on one document after checking every span against the
 * text and schema and the sha256 against the document. The write is atomic and keeps
 * the previous version as `.bak`. Throws AnnotationFileError naming the file when the
 * annotations are invalid ("not saved: …") or when the file on disk is unreadable
 * ("not overwritten: …") or the project was opened read-only; the file is then left
 * untouched. Saves of one file within this process are applied in call order. Returns the
 * revision written, the base for `saveAnnotationChanges`.
 */
export async function saveAnnotations(project: Project, annotations: DocumentAnnotations): Promise<string> {
  const { annotator, documentId } = annotations
  assertAnnotatorName(annotator)
  const document = findDocument(project, documentId)
  const file = annotationPath(project.dir, annotator, documentId)
  if (project.readOnly !== undefined) throw new AnnotationFileError(file, `not saved: the project is open read-only: ${project.readOnly}`)
  const context = { document, annotator, schema: project.config.schema }
  let valid: DocumentAnnotations
  try {
    valid = validateAnnotations(annotations, context)
  } catch (error) {
    throw new AnnotationFileError(file, `not saved: ${(error as Error).message}`)
  }
  const revision = await serializeByKey(file, async () => {
    await mkdir(dirname(file), { recursive: true }).catch((error: unknown) => {
      throw new AnnotationFileError(file, `not saved: cannot create its folder: ${fileSystemErrorReason(error)}`)
    })
    return writeVersion(file, context, valid, null)
  })
  await serializeByKey(projectConfigPath(project.dir), () => registerAnnotator(project, annotator))
  return revision
}

/** Thrown when changes were made on another version than the file now holds: the caller then saves the whole value. */
export class StaleSaveBaseError extends Error {
  override readonly name = 'StaleSaveBaseError'
  readonly code = STALE_SAVE_BASE
}

async function writeVersion(file: string, context: AnnotationsContext, annotations: DocumentAnnotations, spansById: Map<string, Span> | null): Promise<string> {
  forgetSavedVersion(file)
  const revision = await annotationsFile(file, context).writeVersion(annotations)
  rememberSavedVersion(file, { revision, annotations, schema: context.schema, spansById })
  return revision
}

/**
 * Saves `changes` made on the version `base` (a revision a save of this process returned):
 * the same checks and the same file as `saveAnnotations` of the whole value, in a fraction
 * of the time for a large document (only the changed spans are checked, stringified and
 * placed; the unchanged ones are written from bytes kept since an earlier save).
 * Throws StaleSaveBaseError when the file is not at `base` any more (written by another
 * save or process, or this process forgot it), AnnotationFileError as saveAnnotations.
 */
export async function saveAnnotationChanges(project: Project, base: string, changes: AnnotationChanges): Promise<string> {
  const { annotator, documentId } = changes.annotations
  assertAnnotatorName(annotator)
  const document = findDocument(project, documentId)
  const file = annotationPath(project.dir, annotator, documentId)
  if (project.readOnly !== undefined) throw new AnnotationFileError(file, `not saved: the project is open read-only: ${project.readOnly}`)
  const context = { document, annotator, schema: project.config.schema }
  return serializeByKey(file, async () => {
    const saved = savedVersion(file)
    if (!saved || saved.revision !== base || (await currentFingerprint(file)) !== base) {
      throw new StaleSaveBaseError(`${file}: the changes were made on version ${base}, which is not the file's version any more; save the whole document`)
    }
    const indexed = saved.spansById ? { annotations: saved.annotations, schema: saved.schema, spansById: saved.spansById } : indexAnnotations(saved.annotations, saved.schema)
    let changed: IndexedAnnotations
    try {
      // Uses up `indexed` (its index becomes the result's): writeVersion forgets the saved version first.
      changed = applyAnnotationChanges(indexed, changes, context)
    } catch (error) {
      throw new AnnotationFileError(file, `not saved: ${(error as Error).message}`)
    }
    return writeVersion(file, context, changed.annotations, changed.spansById)
  })
}
