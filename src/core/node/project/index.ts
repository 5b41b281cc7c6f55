export { createProject, openProject, readProjectConfig, resolveSourcePath } from './openProject'
export type { Project } from './openProject'
export { importCorpus, toStoredSourcePath } from './importCorpus'
export { PROJECT_LOCK_FILE, acquireProjectLock, openLockedProject } from './projectLock'
export { loadAnnotations, openAnnotations, saveAnnotationChanges, saveAnnotations, StaleSaveBaseError } from './annotationStore'
export { listAnnotations, listAnnotators } from './listAnnotations'
export {
  ANNOTATIONS_DIR,
  GOLD_ANNOTATOR,
  annotationPath,
  annotatorDir,
  assertAnnotatorName,
  decodeDocumentId,
  encodeDocumentId
} from './annotationPath'
export { compareSpans, emptyAnnotations, normalizeAnnotations, serializeAnnotations, validateAnnotations } from './annotationsFile'
export type { AnnotationsContext } from './annotationsFile'
export type { AnnotationChanges } from './annotationChanges'
export { PROJECT_CONFIG_FILE, projectConfigPath, projectConfigShape, serializeProjectConfig } from './projectConfig'
export type { CorpusSource, DocumentEntry, ProjectConfig } from './projectConfig'
