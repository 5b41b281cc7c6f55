import { access } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { ProjectProblem } from '../../api'
import type { Schema } from '../../schema'
import { ProjectError } from '../errors'
import { detectCorpusKind, readCorpus, type CorpusKind, type CorpusLimits, type CorpusReadResult, type CorpusReadWatch } from '../readCorpus'
import { serializeByKey } from '../serializeByKey'
import { encodeDocumentId } from './annotationPath'
import { createProject, openProject, readProjectConfig, type Project } from './openProject'
import { projectConfigFile, projectConfigPath, type DocumentEntry } from './projectConfig'

/**
 * How goldspan.json records a source: relative with "/" inside the project (so it can move,
 * e.g. in git), else absolute — unless `keepRelative`, for a source the user named by a
 * relative path: then it stays relative (`../../seeds`), so a project and its corpus kept
 * side by side in one repository open on any clone.
 */
export function toStoredSourcePath(projectDir: string, sourcePath: string, options: { keepRelative?: boolean } = {}): string {
  const relativePath = relative(projectDir, sourcePath)
  if (relativePath === '') return '.'
  const inside = !relativePath.startsWith('..') && !isAbsolute(relativePath)
  return inside || (options.keepRelative === true && !isAbsolute(relativePath)) ? relativePath.split(sep).join('/') : sourcePath
}

/** Adds the corpus's new documents to goldspan.json; see importCorpus. */
async function indexCorpus(
  projectDir: string,
  storedPath: string,
  kind: CorpusKind,
  corpus: CorpusReadResult
): Promise<{ added: string[]; problems: ProjectProblem[] }> {
  const config = await readProjectConfig(projectDir)
  const problems: ProjectProblem[] = [...corpus.problems]
  const indexed = new Map(config.documents.map((entry) => [entry.id, entry]))
  // Case-insensitive file systems (macOS, Windows) would store "A" and "a" in one file.
  const fileNames = new Map<string, string>()
  for (const entry of config.documents) fileNames.set(encodeDocumentId(entry.id).toLowerCase(), entry.id)
  const additions: DocumentEntry[] = []
  for (const document of corpus.documents) {
    const prior = indexed.get(document.id)
    if (prior) {
      if (prior.source !== storedPath) {
        problems.push({ file: document.source, reason: `duplicate document id "${document.id}": already imported from ${prior.source}` })
      } else if (prior.sha256 !== document.sha256) {
        problems.push({
          file: document.source,
          reason: `text of "${document.id}" changed since import (sha256 ${prior.sha256} recorded, ${document.sha256} now); not re-indexed`
        })
      }
      continue
    }
    let fileName: string
    try {
      fileName = encodeDocumentId(document.id).toLowerCase()
    } catch (error) {
      if (!(error instanceof ProjectError)) throw error
      problems.push({ file: document.source, reason: error.message })
      continue
    }
    const clash = fileNames.get(fileName)
    if (clash !== undefined) {
      problems.push({ file: document.source, reason: `document id "${document.id}" differs from "${clash}" only in letter case, which some file systems cannot tell apart` })
      continue
    }
    fileNames.set(fileName, document.id)
    const entry = { id: document.id, sha256: document.sha256, source: storedPath }
    indexed.set(document.id, entry)
    additions.push(entry)
  }

  const hasSource = config.sources.some((source) => source.path === storedPath)
  if (additions.length > 0 || !hasSource) {
    await projectConfigFile(projectDir).write({
      ...config,
      sources: hasSource ? config.sources : [...config.sources, { path: storedPath, kind }],
      documents: [...config.documents, ...additions]
    })
  }
  return { added: additions.map((entry) => entry.id), problems }
}

/**
 * Imports a corpus (folder of .txt or .jsonl) into the project in `dir`, creating the
 * project if `dir` has no goldspan.json. Documents already indexed from the same source
 * with the same text are left alone; a reused id (from another source) and a changed
 * text are problems and nothing of that document is changed. `notes` are readCorpus's
 * (removed BOM, control characters, skipped files); `limits` lower its size limits.
 */
export async function importCorpus(
  dir: string,
  sourcePath: string,
  options: {
    limits?: CorpusLimits
    /** The schema of a project created here; an existing project keeps its own. */
    schema?: Schema
    /** Progress and cancel of the read; a cancel before the index is written leaves the project as it was. */
    watch?: CorpusReadWatch
  } = {}
): Promise<{ project: Project; added: string[]; problems: ProjectProblem[]; notes: string[]; created: boolean }> {
  const projectDir = resolve(dir)
  const absoluteSource = resolve(sourcePath)
  // Read the corpus first, so a wrong path does not leave an empty project behind.
  const kind = await detectCorpusKind(absoluteSource)
  const corpus = await readCorpus(absoluteSource, options.limits, options.watch)
  const configPath = projectConfigPath(projectDir)
  const hasProject = await access(configPath).then(
    () => true,
    () => false
  )
  if (!hasProject) await createProject(projectDir, { schema: options.schema })
  const storedPath = toStoredSourcePath(projectDir, absoluteSource, { keepRelative: !isAbsolute(sourcePath) })
  const { added, problems } = await serializeByKey(configPath, () => indexCorpus(projectDir, storedPath, kind, corpus))
  // The source just read and indexed is not read again (10k files took as long again).
  const project = await openProject(projectDir, { alreadyRead: new Map([[storedPath, corpus]]) })
  return { project, added, problems, notes: corpus.notes, created: !hasProject }
}
