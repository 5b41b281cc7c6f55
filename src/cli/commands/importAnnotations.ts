import { Option, type Command } from 'commander'
import { formatGoldProblem, fromGoldRecord, parseGoldJsonl, type GoldProblem } from '../../core/formats'
import { ANNOTATION_FILE_VERSION, GOLD_ANNOTATOR, type DocumentAnnotations } from '../../core/model'
import {
  AnnotationFileError,
  annotationPath,
  assertAnnotatorName,
  loadAnnotations,
  openProject,
  saveAnnotations,
  sha256Hex,
  validateAnnotations,
  type Project
} from '../../core/node'
import { CliError, usageError } from '../cliError'
import { FOREIGN_FORMATS, interchangeToGoldJsonl, printConversionReport, readForeignFormat, type ForeignFormat } from '../formatIo'
import { printProblems } from '../printProblems'
import { realignConllDocuments } from '../../core/node/interchange/realignConllDocuments'
import { readTextFile } from '../readTextFile'
import { withProjectLock } from '../withProjectLock'

interface ImportOptions {
  project: string
  annotator: string
  replace?: boolean
  format: 'goldspan' | ForeignFormat
  tagScheme?: 'bio' | 'bioes'
}

/**
 * The input as goldspan JSONL, and the name its problems are reported under: a foreign
 * file is converted first (its problems then count documents in reading order, not lines);
 * CoNLL documents, which keep no text, are first laid back onto the project's texts.
 */
async function readAsGoldJsonl(file: string, options: ImportOptions, project: Project): Promise<{ content: string; source: string }> {
  if (options.format === 'goldspan') return { content: await readTextFile(file), source: file }
  const read = await readForeignFormat(options.format, file, { tagScheme: options.tagScheme })
  const documents = options.format === 'conll' ? realignConllDocuments(read.documents, project.documents) : read.documents
  const converted = interchangeToGoldJsonl(documents, project.config.schema, options.annotator)
  printConversionReport([...read.report, ...converted.report], options.format, 'import')
  return { content: converted.content, source: `${file} (${options.format}, document #)` }
}

/**
 * Turns each checked record into the annotator's DocumentAnnotations, or a problem on
 * its line. Reads (but never writes) the existing annotation files, so that an
 * unreadable one or existing work stops the import before anything is written.
 */
async function prepareAnnotations(
  project: Project,
  file: string,
  content: string,
  options: ImportOptions
): Promise<{ prepared: DocumentAnnotations[]; problems: GoldProblem[] }> {
  const parsed = parseGoldJsonl(content, file, { hashText: sha256Hex, schema: project.config.schema })
  const problems = [...parsed.problems]
  const prepared: DocumentAnnotations[] = []
  const now = new Date().toISOString()
  for (const [index, record] of parsed.records.entries()) {
    const report = (reason: string): void => {
      problems.push({ file, line: parsed.recordLines[index] ?? 0, reason })
    }
    const document = project.documents.find((candidate) => candidate.id === record.id)
    if (!document) {
      report(`document "${record.id}" is not in the project ${project.dir}`)
      continue
    }
    if (document.sha256 !== record.sha256) {
      report(`document "${record.id}": sha256 ${record.sha256} differs from the project's text (${document.sha256})`)
      continue
    }
    try {
      const existing = await loadAnnotations(project, options.annotator, record.id)
      if (existing.spans.length > 0 && !options.replace) {
        report(`document "${record.id}" already has ${existing.spans.length} span(s) by ${options.annotator}; pass --replace to overwrite them`)
        continue
      }
      const imported = fromGoldRecord(record)
      const annotations: DocumentAnnotations = {
        version: ANNOTATION_FILE_VERSION,
        documentId: document.id,
        sha256: document.sha256,
        annotator: options.annotator,
        status: imported.status,
        offsetUnit: 'utf16',
        // Review provenance belongs to the gold layer only; another annotator's copy keeps the spans without it.
        spans: imported.spans.map(({ provenance, ...span }) => ({ ...span, ...(provenance && options.annotator === GOLD_ANNOTATOR ? { provenance } : {}), annotator: options.annotator, created: now, updated: now })),
        relations: imported.relations
      }
      prepared.push(validateAnnotations(annotations, { document, annotator: options.annotator, schema: project.config.schema }))
    } catch (error) {
      const reason = error instanceof AnnotationFileError ? `cannot replace ${error.file}: ${error.reason}` : (error as Error).message
      report(reason)
    }
  }
  return { prepared, problems: problems.sort((a, b) => a.line - b.line) }
}

export function registerImportAnnotationsCommand(program: Command): void {
  program
    .command('import-annotations')
    .description("load a goldspan JSONL file as one annotator's work (pre-annotations, other tools' output)")
    .argument('<file>', 'the file (a folder for brat); documents are matched by id and sha256 of their text')
    .requiredOption('--project <dir>', 'the project folder')
    .requiredOption('--annotator <name>', 'whose work the spans become (letters, digits, "_", "-", "."; "gold" for the gold layer)')
    .addOption(new Option('--format <format>', 'input format').choices(['goldspan', ...FOREIGN_FORMATS]).default('goldspan'))
    .option('--replace', "overwrite documents on which this annotator already has spans")
    .addOption(
      new Option('--tag-scheme <scheme>', 'with --format conll: the tags must follow this scheme (bioes: chunks end with E-, single tokens are S-); default: read BIO, IOB1 and BIOES leniently').choices(['bio', 'bioes'])
    )
    .addHelpText(
      'after',
      '\nEverything is checked before anything is written: any problem (unknown document, changed text,\nbad offsets, unknown label, existing work without --replace) is listed and nothing is imported.'
    )
    .action(async (file: string, options: ImportOptions) => {
      assertAnnotatorName(options.annotator)
      if (options.tagScheme && options.format !== 'conll') throw usageError('--tag-scheme applies to --format conll')
      await withProjectLock(options.project, async () => {
        const project = await openProject(options.project)
        const { content, source } = await readAsGoldJsonl(file, options, project)
        const { prepared, problems } = await prepareAnnotations(project, source, content, options)
        if (problems.length > 0) {
          for (const problem of problems) process.stderr.write(`${formatGoldProblem(problem)}\n`)
          throw new CliError(`${problems.length} problem(s) in ${file}; nothing was imported`)
        }
        for (const [index, annotations] of prepared.entries()) {
          try {
            await saveAnnotations(project, annotations)
          } catch (error) {
            const written = prepared.slice(0, index).map((done) => annotationPath(project.dir, done.annotator, done.documentId))
            throw new CliError(`${(error as Error).message}\n${index} document(s) were written before this failure: ${written.join(', ') || 'none'}`)
          }
        }
        const spanCount = prepared.reduce((sum, annotations) => sum + annotations.spans.length, 0)
        process.stdout.write(`imported ${prepared.length} document(s), ${spanCount} span(s), as ${options.annotator} into ${project.dir}\n`)
        printProblems(project.problems)
      })
    })
}
