import { access, mkdir } from 'node:fs/promises'
import { basename, isAbsolute, resolve } from 'node:path'
import type { ProjectProblem } from '../../api'
import type { CorpusDocument } from '../../model'
import { defaultSchema, parseSchema, type Schema } from '../../schema'
import { CorpusError, ProjectError } from '../errors'
import { readCorpus, type CorpusReadResult } from '../readCorpus'
import { projectConfigFile, projectConfigPath, type ProjectConfig } from './projectConfig'

/**
 * An opened project: its configuration and the indexed documents whose text still
 * matches the recorded sha256. Anything that could not be read is in `problems`.
 */
export interface Project {
  /** Absolute path of the project folder. */
  readonly dir: string
  /** Replaced (not mutated) when the store updates goldspan.json, e.g. for a new annotator. */
  config: ProjectConfig
  /** In the order of `config.documents`. */
  readonly documents: readonly CorpusDocument[]
  readonly problems: readonly ProjectProblem[]
  /** Set when the project was opened read-only, saying why (e.g. another Goldspan has it open); saves are refused. */
  readonly readOnly?: string
}

/** Absolute path of a stored source path (relative ones are relative to the project). */
export function resolveSourcePath(dir: string, storedPath: string): string {
  return isAbsolute(storedPath) ? storedPath : resolve(dir, storedPath)
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/** Reads goldspan.json; throws ProjectError naming it when it is missing or invalid. */
export async function readProjectConfig(dir: string): Promise<ProjectConfig> {
  const config = await projectConfigFile(dir).read()
  if (!config) throw new ProjectError(`${projectConfigPath(dir)}: not found (not a Goldspan project folder)`)
  return config
}

/** Creates an empty project in `dir` (created if needed). Throws ProjectError if one is already there. */
export async function createProject(dir: string, options: { name?: string; schema?: Schema } = {}): Promise<Project> {
  const absoluteDir = resolve(dir)
  const configFile = projectConfigFile(absoluteDir)
  if (await exists(configFile.file)) throw new ProjectError(`${configFile.file}: a project already exists here`)
  const schema = parseSchema(options.schema ?? defaultSchema, 'project schema')
  const config: ProjectConfig = {
    version: 1,
    name: options.name ?? (basename(absoluteDir) || 'goldspan'),
    schema,
    sources: [],
    documents: [],
    annotators: []
  }
  await mkdir(absoluteDir, { recursive: true })
  await configFile.write(config)
  return { dir: absoluteDir, config, documents: [], problems: [] }
}

/**
 * Opens a project: validates goldspan.json, re-reads every corpus source and keeps the
 * indexed documents whose text still has its recorded sha256. A changed or missing text
 * is a problem, never silently re-indexed, since the annotations' offsets depend on it.
 * Annotation files are not read here; listAnnotations reports those. Opening takes no
 * lock: see openLockedProject. `options.readOnly` (the reason) makes saves refused.
 */
export async function openProject(
  dir: string,
  options: {
    readOnly?: string
    /** Sources just read by the caller, by their stored path (an import): not read a second time. */
    alreadyRead?: ReadonlyMap<string, CorpusReadResult>
  } = {}
): Promise<Project> {
  const absoluteDir = resolve(dir)
  const config = await readProjectConfig(absoluteDir)
  const problems: ProjectProblem[] = []
  const corpora = new Map<string, Map<string, CorpusDocument>>()
  for (const source of config.sources) {
    const sourcePath = resolveSourcePath(absoluteDir, source.path)
    try {
      const corpus = options.alreadyRead?.get(source.path) ?? (await readCorpus(sourcePath))
      corpora.set(source.path, new Map(corpus.documents.map((document) => [document.id, document])))
      problems.push(...corpus.problems)
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error
      problems.push({ file: sourcePath, reason: `corpus source cannot be read: ${error.message}` })
    }
  }
  const documents: CorpusDocument[] = []
  for (const entry of config.documents) {
    const corpus = corpora.get(entry.source)
    if (!corpus) continue
    const document = corpus.get(entry.id)
    if (!document) {
      problems.push({ file: resolveSourcePath(absoluteDir, entry.source), reason: `document "${entry.id}" is indexed but no longer in the corpus` })
    } else if (document.sha256 !== entry.sha256) {
      problems.push({
        file: document.source,
        reason: `text of "${entry.id}" changed since import (sha256 ${entry.sha256} recorded, ${document.sha256} now); not opened, so its annotations keep their offsets`
      })
    } else {
      documents.push(document)
    }
  }
  return { dir: absoluteDir, config, documents, problems, ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }) }
}
