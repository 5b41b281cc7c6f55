import { Option, type Command } from 'commander'
import { serializeGoldJsonl, toGoldRecord } from '../../core/formats'
import { GOLD_ANNOTATOR, listAnnotations, listAnnotators, openProject } from '../../core/node'
import type { OffsetUnit } from '../../core/text'
import { CliError, usageError } from '../cliError'
import { printProblems } from '../printProblems'
import { writeFileAtomically } from '../writeFileAtomically'

interface ExportOptions {
  project: string
  annotator?: string
  gold?: boolean
  format: 'goldspan'
  out: string
  offsetUnit: OffsetUnit
}

function chooseLayer(options: ExportOptions): string {
  if (options.gold && options.annotator) throw usageError('give either --annotator <name> or --gold, not both')
  if (options.gold) return GOLD_ANNOTATOR
  if (options.annotator) return options.annotator
  throw usageError('say which layer to export: --annotator <name> or --gold')
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description("write one annotator's (or the gold) annotations of every document as goldspan JSONL")
    .requiredOption('--project <dir>', 'the project folder')
    .option('--annotator <name>', "export this annotator's work")
    .option('--gold', 'export the adjudicated gold layer')
    .addOption(new Option('--format <format>', 'output format').choices(['goldspan']).default('goldspan'))
    .requiredOption('--out <file>', 'the JSONL file to write (replaced atomically)')
    .addOption(
      new Option('--offset-unit <unit>', 'unit of the offsets: code points (as Python indexes) or UTF-16 code units (as JavaScript)')
        .choices(['codepoint', 'utf16'])
        .default('codepoint')
    )
    .addHelpText(
      'after',
      "\nEvery span's text is checked against the document in the chosen unit before anything is written;\na mismatch stops the export and names the span. Documents whose annotation file cannot be read\nare listed and left out; the others are written and the exit code is 1."
    )
    .action(async (options: ExportOptions) => {
      const layer = chooseLayer(options)
      const project = await openProject(options.project)
      const annotators = await listAnnotators(project)
      if (!annotators.includes(layer)) {
        throw new CliError(`no annotations by "${layer}" in ${project.dir} (annotators: ${annotators.join(', ') || 'none'})`)
      }
      const { byDocument, problems } = await listAnnotations(project, layer)
      const exportedAt = new Date().toISOString()
      const records = project.documents.flatMap((document) => {
        const annotations = byDocument.get(document.id)
        return annotations ? [toGoldRecord(document, annotations, project.config.schema, { offsetUnit: options.offsetUnit, exportedAt })] : []
      })
      await writeFileAtomically(options.out, serializeGoldJsonl(records))

      const entities = records.reduce((sum, record) => sum + record.entities.length, 0)
      const events = records.reduce((sum, record) => sum + record.events.length, 0)
      process.stdout.write(
        `exported ${records.length} document(s), ${entities} entities, ${events} events by ${layer} to ${options.out} (offsets in ${options.offsetUnit})\n`
      )
      const allProblems = [...project.problems, ...problems]
      const skipped = project.config.documents.length - records.length
      printProblems(allProblems)
      if (skipped > 0) {
        throw new CliError(`${skipped} document(s) of the project were left out of ${options.out} because they could not be read; see above`)
      }
    })
}
