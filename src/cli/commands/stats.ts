import type { Command } from 'commander'
import type { ProjectProblem } from '../../core/api'
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../core/model'
import { listAnnotations, listAnnotators, openProject, type Project } from '../../core/node'

interface AnnotatorStats {
  documents: Record<DocumentStatus, number>
  spans: number
  /** Spans per label, in schema order, then any label the schema lacks. */
  labels: Record<string, number>
}

interface ProjectStats {
  project: string
  dir: string
  documents: number
  annotators: Record<string, AnnotatorStats>
  problems: ProjectProblem[]
}

async function computeStats(project: Project): Promise<ProjectStats> {
  const schemaLabels = [...project.config.schema.entityTypes, ...project.config.schema.eventTypes].map((type) => type.name)
  const stats: ProjectStats = { project: project.config.name, dir: project.dir, documents: project.documents.length, annotators: {}, problems: [...project.problems] }
  for (const annotator of await listAnnotators(project)) {
    const { byDocument, problems } = await listAnnotations(project, annotator)
    stats.problems.push(...problems)
    const documents = Object.fromEntries(DOCUMENT_STATUSES.map((status) => [status, 0])) as Record<DocumentStatus, number>
    const labels: Record<string, number> = Object.fromEntries(schemaLabels.map((label) => [label, 0]))
    let spans = 0
    for (const annotations of byDocument.values()) {
      documents[annotations.status] += 1
      for (const span of annotations.spans) labels[span.label] = (labels[span.label] ?? 0) + 1
      spans += annotations.spans.length
    }
    stats.annotators[annotator] = { documents, spans, labels }
  }
  return stats
}

/** A plain table: one row per label, one column per annotator. */
function formatStats(stats: ProjectStats): string {
  const annotators = Object.keys(stats.annotators)
  const lines = [`${stats.project} (${stats.dir}): ${stats.documents} document(s), ${annotators.length} annotator(s)`]
  if (annotators.length === 0) return `${lines[0]}\n`
  const labels = Object.keys(stats.annotators[annotators[0]!]!.labels)
  for (const annotator of annotators.slice(1)) {
    for (const label of Object.keys(stats.annotators[annotator]!.labels)) if (!labels.includes(label)) labels.push(label)
  }
  const rows = [
    ['', ...annotators],
    ...DOCUMENT_STATUSES.map((status) => [`documents ${status}`, ...annotators.map((name) => String(stats.annotators[name]!.documents[status]))]),
    ['spans', ...annotators.map((name) => String(stats.annotators[name]!.spans))],
    ...labels.map((label) => [`  ${label}`, ...annotators.map((name) => String(stats.annotators[name]!.labels[label] ?? 0))])
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  for (const row of rows) {
    lines.push(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd())
  }
  return `${lines.join('\n')}\n`
}

export function registerStatsCommand(program: Command): void {
  program
    .command('stats')
    .description('count documents and spans per label for each annotator of a project')
    .requiredOption('--project <dir>', 'the project folder')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nUnreadable annotation files are listed (and counted nowhere); the exit code stays 0.')
    .action(async (options: { project: string; json?: boolean }) => {
      const stats = await computeStats(await openProject(options.project))
      if (options.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`)
        return
      }
      process.stdout.write(formatStats(stats))
      for (const problem of stats.problems) process.stdout.write(`problem: ${problem.file}: ${problem.reason}\n`)
    })
}
