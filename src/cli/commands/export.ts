import { Option, type Command } from 'commander'
import type { ExportSkip } from '../../core/api'
import { serializeGoldJsonl } from '../../core/formats'
import { atomicWrite, GOLD_ANNOTATOR, listAnnotators, openProject, selectExportRecords } from '../../core/node'
import type { OffsetUnit } from '../../core/text'
import { CliError, usageError } from '../cliError'
import { FOREIGN_FORMATS, printConversionReport, writeForeignFormat, type ConllCliOptions, type ForeignFormat } from '../formatIo'
import { printProblems } from '../printProblems'

interface ExportOptions {
  project: string
  annotator?: string
  gold?: boolean
  allowPartial?: boolean
  format: 'goldspan' | ForeignFormat
  out: string
  offsetUnit: OffsetUnit
  tagScheme?: 'bio' | 'bioes'
  conllColumns?: '2' | '4'
}

function chooseLayer(options: ExportOptions): string {
  if (options.gold && options.annotator) throw usageError('give either --annotator <name> or --gold, not both')
  if (options.allowPartial && !options.gold) throw usageError('--allow-partial applies to --gold')
  if (options.gold) return GOLD_ANNOTATOR
  if (options.annotator) return options.annotator
  throw usageError('say which layer to export: --annotator <name> or --gold')
}

/** CoNLL's options, refused with another format rather than ignored. */
function conllOptions(options: ExportOptions): ConllCliOptions {
  if ((options.tagScheme || options.conllColumns) && options.format !== 'conll') throw usageError('--tag-scheme and --conll-columns apply to --format conll')
  return { tagScheme: options.tagScheme ?? 'bio', conllColumns: options.conllColumns === '4' ? 4 : 2 }
}

function printSkipped(skipped: readonly ExportSkip[]): void {
  for (const { documentId, reason } of skipped) process.stderr.write(`left out ${documentId}: ${reason}\n`)
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description("write one annotator's (or the gold) annotations of every document as goldspan JSONL or another tool's format")
    .requiredOption('--project <dir>', 'the project folder')
    .option('--annotator <name>', "export this annotator's work")
    .option('--gold', 'export the adjudicated gold layer (documents whose gold status is "done")')
    .option('--allow-partial', 'with --gold: export the adjudicated documents even if others are not adjudicated yet')
    .addOption(new Option('--format <format>', 'output format').choices(['goldspan', ...FOREIGN_FORMATS]).default('goldspan'))
    .requiredOption('--out <file>', 'the file to write (replaced atomically); for brat, a folder of <id>.txt, <id>.ann and annotation.conf')
    .addOption(
      new Option('--offset-unit <unit>', 'unit of the offsets: code points (as Python indexes) or UTF-16 code units (as JavaScript)')
        .choices(['codepoint', 'utf16'])
        .default('codepoint')
    )
    .addOption(new Option('--tag-scheme <scheme>', 'with --format conll: BIO, or BIOES (E- ends a chunk, S- is a one-token chunk); default bio').choices(['bio', 'bioes']))
    .addOption(new Option('--conll-columns <n>', 'with --format conll: 2 (token tag) or 4 (CoNLL-2003: token _ _ tag, no POS or chunk tags to give); default 2').choices(['2', '4']))
    .addHelpText(
      'after',
      "\nEvery span's text is checked against the document in the chosen unit before anything is written;\na mismatch stops the export and names the span. Documents whose annotation file cannot be read\nare listed and left out; the others are written and the exit code is 1.\nWith --gold, documents not adjudicated yet (gold status not \"done\") are listed and nothing is\nwritten (exit code 1); --allow-partial writes the adjudicated ones and lists the others."
    )
    .action(async (options: ExportOptions) => {
      const layer = chooseLayer(options)
      const conll = conllOptions(options)
      const project = await openProject(options.project)
      const annotators = await listAnnotators(project)
      if (!annotators.includes(layer)) {
        throw new CliError(`no annotations by "${layer}" in ${project.dir} (annotators: ${annotators.join(', ') || 'none'})`)
      }
      const { records, unreadable, unadjudicated } = await selectExportRecords(project, layer, {
        offsetUnit: options.offsetUnit,
        exportedAt: new Date().toISOString()
      })
      if (unadjudicated.length > 0 && !options.allowPartial) {
        printSkipped(unadjudicated)
        throw new CliError(
          `${unadjudicated.length} document(s) are not adjudicated yet (listed above); nothing written to ${options.out}. Finish them, or pass --allow-partial to export the ${records.length} adjudicated one(s)`
        )
      }
      if (options.format === 'goldspan') await atomicWrite(options.out, serializeGoldJsonl(records), { keepBackup: false })
      else printConversionReport(await writeForeignFormat(options.format, records, options.out, project.config.schema, conll), options.format, 'export')

      const entities = records.reduce((sum, record) => sum + record.entities.length, 0)
      const events = records.reduce((sum, record) => sum + record.events.length, 0)
      process.stdout.write(
        `exported ${records.length} document(s), ${entities} entities, ${events} events by ${layer} to ${options.out} (${options.format === 'goldspan' ? `offsets in ${options.offsetUnit}` : options.format})\n`
      )
      printProblems(project.problems)
      printSkipped([...unadjudicated, ...unreadable])
      if (unadjudicated.length > 0) process.stderr.write(`${unadjudicated.length} document(s) not adjudicated yet were left out of ${options.out}\n`)
      if (unreadable.length > 0) {
        throw new CliError(`${unreadable.length} document(s) of the project were left out of ${options.out} because they could not be read; see above`)
      }
    })
}
