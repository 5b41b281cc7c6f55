import { access, mkdir } from 'node:fs/promises'
import type { ProjectProblem } from '../api'
import type { Schema } from '../schema'
import { ProjectLockedError } from './errors'
import type { CorpusReadWatch } from './readCorpus'
import { acquireProjectLock, importCorpus, openLockedProject, openProject, projectConfigPath, type Project } from './project'

/** A project the workspace has open, with what its opening found and how to let go of it. */
export interface WorkspaceProject {
  readonly project: Project
  /** Problems met while opening it (import problems, read-only reason) shown with the project's own. */
  readonly openingProblems: readonly ProjectProblem[]
  /** Releases the project lock (does nothing for a read-only project). */
  readonly release: () => Promise<void>
}

/** Read-only is said among the problems, so the renderer shows it without a contract change. */
function readOnlyProblems(project: Project): ProjectProblem[] {
  return project.readOnly === undefined ? [] : [{ file: project.dir, reason: `opened read-only, saves are refused: ${project.readOnly}` }]
}

/** Opens an existing project folder, locked for this Goldspan, or read-only when another has it. */
export async function openProjectFolder(dir: string): Promise<WorkspaceProject> {
  const { project, release } = await openLockedProject(dir)
  return { project, openingProblems: readOnlyProblems(project), release }
}

/**
 * Creates or extends the project in `dir` with the corpus at `corpusPath`, holding the
 * project lock while goldspan.json may be written. When another Goldspan holds the lock,
 * the existing project is opened read-only without importing; a project that does not
 * exist yet cannot be created under someone else's lock. `schema` is used only when the
 * project is created here.
 */
export async function openCorpusProject(
  dir: string,
  corpusPath: string,
  options: { readonly schema?: Schema; readonly watch?: CorpusReadWatch } = {}
): Promise<WorkspaceProject> {
  await mkdir(dir, { recursive: true })
  let release: () => Promise<void>
  try {
    release = await acquireProjectLock(dir)
  } catch (error) {
    if (!(error instanceof ProjectLockedError)) throw error
    await access(projectConfigPath(dir)).catch(() => {
      throw error
    })
    const project = await openProject(dir, { readOnly: error.message })
    return { project, openingProblems: readOnlyProblems(project), release: async () => undefined }
  }
  try {
    const { project, problems } = await importCorpus(dir, corpusPath, { schema: options.schema, watch: options.watch })
    return { project, openingProblems: problems, release }
  } catch (error) {
    await release()
    throw error
  }
}

