import type { DocumentSummary, ProjectProblem, ProjectSummary } from '../api'
import { listAnnotations, type Project } from './project'

function withoutDuplicates(problems: readonly ProjectProblem[]): ProjectProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const key = `${problem.file}\0${problem.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * What the renderer shows of a project for one annotator: each document's status and
 * span count from that annotator's files, and every problem met on the way (corpus,
 * import and annotation files alike). A document whose file is unreadable shows as
 * `todo` with 0 spans and its file is listed among the problems.
 */
export async function summarizeProject(
  project: Project,
  annotator: string,
  extraProblems: readonly ProjectProblem[] = []
): Promise<ProjectSummary> {
  const { byDocument, problems } = await listAnnotations(project, annotator)
  const documents: DocumentSummary[] = project.documents.map((document) => {
    const annotations = byDocument.get(document.id)
    return {
      id: document.id,
      status: annotations?.status ?? 'todo',
      spanCount: annotations?.spans.length ?? 0,
      length: document.text.length
    }
  })
  return {
    dir: project.dir,
    name: project.config.name,
    schema: project.config.schema,
    annotator,
    documents,
    problems: withoutDuplicates([...project.problems, ...extraProblems, ...problems])
  }
}
