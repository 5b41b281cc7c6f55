import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { REVIEW_FILE_VERSION, reviewFileShape, type LinkDecision, type ReviewDecision, type ReviewFile } from '../review'
import { formatZodIssues } from '../schema'
import { AnnotationFileError } from './errors'
import { fileSystemErrorReason } from './fileSystemErrorReason'
import { encodeDocumentId, type Project } from './project'
import { SafeJsonFile } from './safeJsonFile'
import { serializeByKey } from './serializeByKey'

/** Folder of the review decisions in a project, one file per document. */
export const REVIEW_DIR = 'review'

/** `<project>/review/<encoded document id>.json` */
export function reviewFilePath(projectDir: string, documentId: string): string {
  return join(projectDir, REVIEW_DIR, `${encodeDocumentId(documentId)}.json`)
}

function reviewFile(file: string, documentId: string): SafeJsonFile<ReviewFile> {
  return new SafeJsonFile<ReviewFile>(file, {
    validate: (value) => {
      const result = reviewFileShape.safeParse(value)
      if (!result.success) throw new Error(`invalid review file: ${formatZodIssues(result.error.issues)}`)
      if (result.data.documentId !== documentId) throw new Error(`is the review of "${result.data.documentId}", not of "${documentId}"`)
      return result.data as ReviewFile
    },
    serialize: (data) => `${JSON.stringify(data, null, 2)}\n`,
    toError: (path, reason) => new AnnotationFileError(path, reason)
  })
}

/**
 * The review decisions taken on one document ([] when there is no review file yet).
 * Throws AnnotationFileError naming the file when it cannot be read; it is left as it is.
 */
export async function loadReviewDecisions(project: Project, documentId: string): Promise<readonly ReviewDecision[]> {
  return (await loadReview(project, documentId)).decisions
}

/** The unit and link decisions of one document (both [] when there is no review file yet; links [] in files from before links). */
export async function loadReview(project: Project, documentId: string): Promise<{ readonly decisions: readonly ReviewDecision[]; readonly links: readonly LinkDecision[] }> {
  const data = await reviewFile(reviewFilePath(project.dir, documentId), documentId).read()
  return { decisions: data?.decisions ?? [], links: data?.links ?? [] }
}

/**
 * Writes one document's review decisions atomically (keeping the previous version as
 * `.bak`), sorted by unit key, and its link decisions sorted by link key. Refuses, naming the file, when the project is read-only or
 * the file on disk is unreadable.
 */
export async function saveReviewDecisions(project: Project, documentId: string, decisions: readonly ReviewDecision[], links: readonly LinkDecision[] = []): Promise<void> {
  const file = reviewFilePath(project.dir, documentId)
  if (project.readOnly !== undefined) throw new AnnotationFileError(file, `not saved: the project is open read-only: ${project.readOnly}`)
  const sorted = [...decisions].sort((a, b) => (a.unitKey < b.unitKey ? -1 : a.unitKey > b.unitKey ? 1 : 0))
  const sortedLinks = [...links].sort((a, b) => (a.linkKey < b.linkKey ? -1 : a.linkKey > b.linkKey ? 1 : 0))
  // No `links` field until there is a link decision: such a file reads as before links were reviewed.
  const content: ReviewFile = { version: REVIEW_FILE_VERSION, documentId, decisions: sorted, ...(sortedLinks.length > 0 ? { links: sortedLinks } : {}) }
  const checked = reviewFileShape.safeParse(content)
  if (!checked.success) throw new AnnotationFileError(file, `not saved: ${formatZodIssues(checked.error.issues)}`)
  await serializeByKey(file, async () => {
    await mkdir(dirname(file), { recursive: true }).catch((error: unknown) => {
      throw new AnnotationFileError(file, `not saved: cannot create its folder: ${fileSystemErrorReason(error)}`)
    })
    await reviewFile(file, documentId).write(content)
  })
}
