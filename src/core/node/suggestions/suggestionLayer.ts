import { mkdir, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { ProjectProblem } from '../../api'
import { findSpanProblem } from '../../annotations'
import type { CorpusDocument, Suggestion } from '../../model'
import { formatZodIssues, type Schema } from '../../schema'
import { AnnotationFileError } from '../errors'
import { assertAnnotatorName, encodeDocumentId, type Project } from '../project'
import { SafeJsonFile } from '../safeJsonFile'
import { serializeByKey } from '../serializeByKey'

/** Folder of every model's suggestions in a project, beside `annotations/`. */
export const SUGGESTIONS_DIR = 'suggestions'

/**
 * One model's suggestions on one document: `suggestions/<model>/<doc>.json`. Kept apart
 * from every annotator's layer, so exports, agreement and review never read them; each
 * annotator's decisions live in their own annotation file (`rejectedSuggestions`, and
 * `suggestedBy` on accepted spans).
 */
export interface SuggestionFile {
  readonly version: 1
  readonly model: string
  readonly documentId: string
  /** sha256 of the text the offsets were made on. */
  readonly sha256: string
  readonly offsetUnit: 'utf16'
  /** Where they came from (the imported file) and when (ISO 8601). */
  readonly source: string
  readonly importedAt: string
  /** Sorted by start, end, label. */
  readonly suggestions: readonly { readonly start: number; readonly end: number; readonly label: string }[]
}

const suggestionFileShape = z
  .object({
    version: z.literal(1),
    model: z.string().min(1).max(64),
    documentId: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    offsetUnit: z.literal('utf16'),
    source: z.string(),
    importedAt: z.string(),
    suggestions: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), label: z.string().min(1).max(64) }).strict())
  })
  .strict()

/** `<project>/suggestions/<model>/<encoded document id>.json`; the model name follows the annotator-name rule. */
export function suggestionPath(projectDir: string, model: string, documentId: string): string {
  assertAnnotatorName(model)
  return join(projectDir, SUGGESTIONS_DIR, model, `${encodeDocumentId(documentId)}.json`)
}

function validateSuggestionFile(value: unknown, document: CorpusDocument, model: string, schema: Schema): SuggestionFile {
  const parsed = suggestionFileShape.safeParse(value)
  if (!parsed.success) throw new Error(`invalid suggestions: ${formatZodIssues(parsed.error.issues)}`)
  const file = parsed.data
  if (file.model !== model) throw new Error(`model "${file.model}" does not match its folder "${model}"`)
  if (file.documentId !== document.id) throw new Error(`documentId "${file.documentId}" does not match document "${document.id}"`)
  if (file.sha256 !== document.sha256) throw new Error(`sha256 ${file.sha256} does not match the document's text (${document.sha256}); the offsets were made on another text`)
  for (const suggestion of file.suggestions) {
    const problem = findSpanProblem(document.text, suggestion, schema)
    if (problem) throw new Error(`suggestion ${suggestion.start}-${suggestion.end} ${suggestion.label}: ${problem}`)
  }
  return file
}

function serializeSuggestionFile(file: SuggestionFile): string {
  const suggestions = [...file.suggestions]
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
    .map(({ start, end, label }) => ({ start, end, label }))
  const { version, model, documentId, sha256, offsetUnit, source, importedAt } = file
  return `${JSON.stringify({ version, model, documentId, sha256, offsetUnit, source, importedAt, suggestions }, null, 2)}\n`
}

function suggestionFile(project: Project, model: string, document: CorpusDocument): SafeJsonFile<SuggestionFile> {
  return new SafeJsonFile(suggestionPath(project.dir, model, document.id), {
    validate: (value) => validateSuggestionFile(value, document, model, project.config.schema),
    serialize: serializeSuggestionFile,
    toError: (file, reason) => new AnnotationFileError(file, reason)
  })
}

/** The models with a folder under `suggestions/`, sorted; folders that are not model names are ignored. */
export async function listSuggestionModels(projectDir: string): Promise<string[]> {
  const entries = await readdir(join(projectDir, SUGGESTIONS_DIR), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((entry) => entry.isDirectory() && /^[\p{L}\p{N}_.-]{1,64}$/u.test(entry.name) && !/^\.+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/**
 * Every model's suggestions on one document. An unreadable file (hand-edited, made on
 * another text) is reported in `problems` and left as it is; the other models still count.
 */
export async function loadSuggestions(project: Project, document: CorpusDocument): Promise<{ suggestions: Suggestion[]; problems: ProjectProblem[] }> {
  const suggestions: Suggestion[] = []
  const problems: ProjectProblem[] = []
  for (const model of await listSuggestionModels(project.dir)) {
    try {
      const file = await suggestionFile(project, model, document).read()
      if (file) suggestions.push(...file.suggestions.map(({ start, end, label }) => ({ model, start, end, label })))
    } catch (error) {
      if (!(error instanceof AnnotationFileError)) throw error
      problems.push({ file: error.file, reason: error.reason })
    }
  }
  return { suggestions, problems }
}

/** Writes (replaces) one model's suggestions on one document, atomically, after checking them like the reader does. */
export async function saveSuggestions(project: Project, file: SuggestionFile): Promise<void> {
  const document = project.documents.find((candidate) => candidate.id === file.documentId)
  const path = suggestionPath(project.dir, file.model, file.documentId)
  if (!document) throw new AnnotationFileError(path, `not saved: no document "${file.documentId}" in the project`)
  if (project.readOnly !== undefined) throw new AnnotationFileError(path, `not saved: the project is open read-only: ${project.readOnly}`)
  try {
    validateSuggestionFile(file, document, file.model, project.config.schema)
  } catch (error) {
    throw new AnnotationFileError(path, `not saved: ${(error as Error).message}`)
  }
  await serializeByKey(path, async () => {
    await mkdir(dirname(path), { recursive: true })
    await suggestionFile(project, file.model, document).write(file)
  })
}
