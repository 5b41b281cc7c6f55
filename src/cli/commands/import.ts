import type { Command } from 'commander'
import { importCorpus } from '../../core/node'
import { CliError } from '../cliError'
import { printProblems } from '../printProblems'
import { readSchemaFile } from '../readSchemaFile'
import { progressPrinter } from '../progressPrinter'
import { withProjectLock } from '../withProjectLock'

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('create a project from a corpus, or add a corpus to an existing project')
    .argument('<source>', 'a folder of .txt files (id = file name without extension) or a .jsonl file of {"id", "text", ...}')
    .requiredOption('--project <dir>', 'the project folder (created when it has no goldspan.json)')
    .option('--schema <file>', "schema JSON (or a goldspan.json, or brat's annotation.conf) for a project created by this import; default: the built-in default schema")
    .addHelpText(
      'after',
      '\nFiles that cannot be read (invalid UTF-8, duplicate ids, changed texts) are listed and skipped;\nthe others are imported and the exit code is 1.'
    )
    .action(async (source: string, options: { project: string; schema?: string }) => {
      const schema = options.schema === undefined ? undefined : await readSchemaFile(options.schema)
      const { project, added, problems, created } = await withProjectLock(options.project, () =>
        importCorpus(options.project, source, { schema, watch: { onProgress: progressPrinter(process.stderr) } })
      )
      if (schema && !created) process.stderr.write(`${project.dir} already existed and keeps its own schema; --schema was not applied\n`)
      process.stdout.write(`imported ${added.length} document(s) from ${source} into ${project.dir} (${project.documents.length} in the project)\n`)
      if (problems.length > 0) {
        printProblems(problems)
        throw new CliError(`${problems.length} problem(s) while importing ${source}; see above`)
      }
    })
}
