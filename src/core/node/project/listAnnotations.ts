import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProjectProblem } from '../../api'
import type { DocumentAnnotations } from '../../model'
import { AnnotationFileError } from '../errors'
import { ANNOTATIONS_DIR, annotatorDir, assertAnnotatorName, decodeDocumentId } from './annotationPath'
import { loadAnnotations } from './annotationStore'
import type { Project } from './openProject'

async function listNames(dir: string, wantDirectories: boolean): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    return entries.filter((entry) => entry.isDirectory() === wantDirectories && !entry.name.startsWith('.')).map((entry) => entry.name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * Loads one annotator's work on every document of the project (empty `todo` where there
 * is no file yet). Unreadable files and files for documents the project does not have
 * are reported in `problems`, left untouched, and do not stop the other documents.
 */
export async function listAnnotations(
  project: Project,
  annotator: string
): Promise<{ byDocument: Map<string, DocumentAnnotations>; problems: ProjectProblem[] }> {
  const byDocument = new Map<string, DocumentAnnotations>()
  const problems: ProjectProblem[] = []
  for (const document of project.documents) {
    try {
      byDocument.set(document.id, await loadAnnotations(project, annotator, document.id))
    } catch (error) {
      if (!(error instanceof AnnotationFileError)) throw error
      problems.push({ file: error.file, reason: error.reason })
    }
  }
  const dir = annotatorDir(project.dir, annotator)
  const known = new Set(project.documents.map((document) => document.id))
  for (const name of (await listNames(dir, false)).sort()) {
    if (!name.endsWith('.json')) continue
    const id = decodeDocumentId(name.slice(0, -'.json'.length))
    if (id === null || !known.has(id)) {
      problems.push({ file: join(dir, name), reason: 'no such document in the project (file left as is)' })
    }
  }
  return { byDocument, problems }
}

/** Annotators with a folder under annotations/ or listed in goldspan.json, `gold` included, sorted. */
export async function listAnnotators(project: Project): Promise<string[]> {
  const folders = await listNames(join(project.dir, ANNOTATIONS_DIR), true)
  const names = new Set([...project.config.annotators, ...folders])
  return [...names]
    .filter((name) => {
      try {
        assertAnnotatorName(name)
        return true
      } catch {
        return false
      }
    })
    .sort()
}
