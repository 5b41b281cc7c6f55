import { basename } from 'node:path'
import type { Command } from 'commander'
import { buildAgreementReport, formatAgreementReport, spansFromGoldRecord, type AgreementSpan } from '../../core/agreement'
import { eventsFromGoldRecord, type ScoredEvent } from '../../core/evaluation'
import { formatGoldProblem, parseGoldJsonl, type GoldProblem } from '../../core/formats'
import { listAnnotators, openProject, readProjectAgreementInput, sha256Hex } from '../../core/node'
import { CliError, usageError } from '../cliError'
import { printProblems } from '../printProblems'
import { readTextFile } from '../readTextFile'

interface AgreementOptions {
  project?: string
  annotators?: string
  json?: boolean
}

/** The AnnotationSet and text lengths the measures need, gathered from a project or from files. */
interface AgreementInput {
  annotators: string[]
  set: Record<string, Record<string, AgreementSpan[]>>
  events: Record<string, Record<string, ScoredEvent[]>>
  lengths: Record<string, number>
}

/** The project's annotators (all but gold unless named), their spans and events, as `agreement:report` reads them. */
async function readProject(dir: string, requested: string | undefined): Promise<AgreementInput> {
  const project = await openProject(dir)
  printProblems(project.problems)
  const known = await listAnnotators(project)
  const annotators = requested ? requested.split(',').map((name) => name.trim()).filter((name) => name !== '') : known.filter((name) => name !== 'gold')
  const unknown = annotators.filter((name) => !known.includes(name))
  if (unknown.length > 0) throw usageError(`unknown annotator(s) ${unknown.join(', ')} in ${project.dir} (known: ${known.join(', ') || 'none'})`)
  const { set, events, lengths, problems } = await readProjectAgreementInput(project, annotators)
  printProblems(problems)
  return { annotators, set, events, lengths }
}

/** Annotator names from file names (`alice.jsonl` → `alice`), or the paths themselves when two names collide. */
function annotatorNames(files: readonly string[]): string[] {
  const names = files.map((file) => basename(file).replace(/\.jsonl$/i, ''))
  return new Set(names).size === names.length ? names : [...files]
}

/** Each file is one annotator's goldspan JSONL; a document id must have the same sha256 in every file. */
async function readFiles(files: readonly string[]): Promise<AgreementInput> {
  const annotators = annotatorNames(files)
  const set: AgreementInput['set'] = {}
  const events: AgreementInput['events'] = {}
  const lengths: Record<string, number> = {}
  const firstSeen = new Map<string, { sha256: string; file: string; line: number }>()
  const problems: GoldProblem[] = []
  for (const [index, file] of files.entries()) {
    const parsed = parseGoldJsonl(await readTextFile(file), file, { hashText: sha256Hex })
    problems.push(...parsed.problems)
    const documents: Record<string, AgreementSpan[]> = {}
    const documentEvents: Record<string, ScoredEvent[]> = {}
    parsed.records.forEach((record, recordIndex) => {
      const line = parsed.recordLines[recordIndex] ?? 0
      const seen = firstSeen.get(record.id)
      if (seen && seen.sha256 !== record.sha256) {
        problems.push({ file, line, reason: `document "${record.id}": sha256 ${record.sha256} differs from ${seen.file}:${seen.line} (${seen.sha256}); not the same text` })
        return
      }
      if (!seen) firstSeen.set(record.id, { sha256: record.sha256, file, line })
      documents[record.id] = spansFromGoldRecord(record)
      documentEvents[record.id] = eventsFromGoldRecord(record)
      lengths[record.id] = record.text.length
    })
    set[annotators[index]!] = documents
    events[annotators[index]!] = documentEvents
  }
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${formatGoldProblem(problem)}\n`)
    throw new CliError(`${problems.length} problem(s) in the input files; no agreement computed`)
  }
  return { annotators, set, events, lengths }
}

export function registerAgreementCommand(program: Command): void {
  program
    .command('agreement')
    .description('inter-annotator agreement: span F1, Cohen\'s κ, Fleiss\' κ, Krippendorff\'s α and α_u, event F1 (see docs/agreement.md)')
    .argument('[files...]', "two or more goldspan JSONL files, one annotator's work each; documents matched by id and sha256")
    .option('--project <dir>', 'compare the annotators of a project instead of files')
    .option('--annotators <names>', 'with --project: comma-separated annotators to compare (default: all but gold)')
    .option('--json', 'print JSON instead of tables')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  goldspan agreement --project corpus-project --annotators alice,bob',
        '  goldspan agreement alice.jsonl bob.jsonl carol.jsonl --json',
        '',
        'A measure compares only the documents every annotator in it has: in a project, documents an',
        'annotator left "todo" without any span are not theirs; in files, the records of each file.',
        'Offsets are compared in UTF-16 code units. In pairs, the first annotator is the reference.'
      ].join('\n')
    )
    .action(async (files: string[], options: AgreementOptions) => {
      if (options.project && files.length > 0) throw usageError('give either --project or files, not both')
      if (!options.project && files.length < 2) throw usageError('give --project <dir> or at least two goldspan JSONL files')
      if (options.annotators && !options.project) throw usageError('--annotators applies to --project; with files, each file is one annotator')
      const input = options.project ? await readProject(options.project, options.annotators) : await readFiles(files)
      if (input.annotators.length < 2) {
        throw usageError(`agreement needs at least two annotators, found ${input.annotators.length} (${input.annotators.join(', ') || 'none'})`)
      }
      const report = buildAgreementReport(input.set, input.annotators, input.lengths, input.events)
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatAgreementReport(report))
    })
}
