import type { Command } from 'commander'
import type { DocumentAnnotations } from '../../core/model'
import { findDisagreements, REVIEW_GROUPS, type Disagreements, type ReviewGroup, type ReviewUnit } from '../../core/review'
import { listAnnotations, listAnnotators, openProject } from '../../core/node'
import { usageError } from '../cliError'
import { printProblems } from '../printProblems'

interface ReviewOptions {
  project: string
  annotators?: string
  document?: string
  json?: boolean
}

interface DocumentReview {
  readonly documentId: string
  readonly text: string
  readonly disagreements: Disagreements
}

/** An annotator has annotated a document when its status is not `todo` or it holds a span (as in `agreement`). */
function isAnnotated(annotations: DocumentAnnotations): boolean {
  return annotations.status !== 'todo' || annotations.spans.length > 0
}

async function reviewProject(options: ReviewOptions): Promise<{ annotators: string[]; documents: DocumentReview[] }> {
  const project = await openProject(options.project)
  printProblems(project.problems)
  const known = await listAnnotators(project)
  const annotators = options.annotators
    ? options.annotators.split(',').map((name) => name.trim()).filter((name) => name !== '')
    : known.filter((name) => name !== 'gold')
  const unknown = annotators.filter((name) => !known.includes(name))
  if (unknown.length > 0) throw usageError(`unknown annotator(s) ${unknown.join(', ')} in ${project.dir} (known: ${known.join(', ') || 'none'})`)
  if (annotators.length < 2) throw usageError(`review needs at least two annotators, found ${annotators.length} (${annotators.join(', ') || 'none'})`)
  if (options.document !== undefined && !project.documents.some((document) => document.id === options.document)) {
    throw usageError(`no document "${options.document}" in ${project.dir}`)
  }
  const byAnnotator = new Map<string, ReadonlyMap<string, DocumentAnnotations>>()
  for (const annotator of annotators) {
    const { byDocument, problems } = await listAnnotations(project, annotator)
    printProblems(problems)
    byAnnotator.set(annotator, byDocument)
  }
  const documents: DocumentReview[] = []
  for (const document of project.documents) {
    if (options.document !== undefined && document.id !== options.document) continue
    const versions = annotators.map((annotator) => ({ annotator, annotations: byAnnotator.get(annotator)?.get(document.id) }))
    if (!versions.every((version) => version.annotations !== undefined && isAnnotated(version.annotations))) continue
    const disagreements = findDisagreements(
      versions.map((version) => ({ annotator: version.annotator, annotations: version.annotations as DocumentAnnotations })),
      { textLength: document.text.length }
    )
    documents.push({ documentId: document.id, text: document.text, disagreements })
  }
  return { annotators, documents }
}

function formatCountsTable(documents: readonly DocumentReview[]): string {
  const header = ['document', ...REVIEW_GROUPS]
  const totals = Object.fromEntries(REVIEW_GROUPS.map((group) => [group, 0])) as Record<ReviewGroup, number>
  const rows = documents.map(({ documentId, disagreements }) => {
    for (const group of REVIEW_GROUPS) totals[group] += disagreements.counts[group]
    return [documentId, ...REVIEW_GROUPS.map((group) => String(disagreements.counts[group]))]
  })
  rows.push(['total', ...REVIEW_GROUPS.map((group) => String(totals[group]))])
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  return [header, ...rows].map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()).join('\n')
}

/** One unit: its group and context, then each annotator's version on its own line. */
function formatUnit(unit: ReviewUnit, text: string, index: number): string {
  const context = `${text.slice(unit.context.start, unit.start)}[${text.slice(unit.start, unit.end)}]${text.slice(unit.end, unit.context.end)}`.replace(/\s+/g, ' ')
  const width = Math.max(...unit.versions.map((version) => version.annotator.length))
  const lines = unit.versions.map(({ annotator, span }) =>
    `    ${annotator.padEnd(width)}  ${span ? `${span.label} ${span.start}-${span.end} ${JSON.stringify(text.slice(span.start, span.end))}` : '(absent)'}`
  )
  return [`${index + 1}. ${unit.group} ${unit.start}-${unit.end}: …${context}…`, ...lines].join('\n')
}

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('disagreements between annotators, grouped as in the review view (see docs/agreement.md, "Review")')
    .requiredOption('--project <dir>', 'the project to review')
    .option('--annotators <names>', 'comma-separated annotators to compare (default: all but gold)')
    .option('--document <id>', "also list this document's units, every annotator's version side by side")
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  goldspan review --project corpus-project',
        '  goldspan review --project corpus-project --annotators alice,bob --document d12',
        '',
        'Only documents every chosen annotator has annotated (status other than "todo", or any span)',
        'are reviewed. Offsets are UTF-16 code units, end exclusive.'
      ].join('\n')
    )
    .action(async (options: ReviewOptions) => {
      const { annotators, documents } = await reviewProject(options)
      if (options.json) {
        const json = {
          annotators,
          offset_unit: 'utf16',
          documents: documents.map(({ documentId, disagreements }) => ({
            id: documentId,
            counts: disagreements.counts,
            ...(options.document !== undefined ? { units: disagreements.units } : {})
          }))
        }
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
        return
      }
      const out = [`Review of ${annotators.join(', ')} (${documents.length} document(s) annotated by all)`, '', formatCountsTable(documents)]
      const [single] = documents
      if (options.document !== undefined) {
        out.push('')
        if (single === undefined) out.push(`Document "${options.document}" is not annotated by all of ${annotators.join(', ')}.`)
        else out.push(...single.disagreements.units.map((unit, index) => formatUnit(unit, single.text, index)))
      }
      process.stdout.write(`${out.join('\n')}\n`)
    })
}
