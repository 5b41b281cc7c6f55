import type { Command } from 'commander'
import { formatGoldProblem, parseGoldJsonl } from '../../core/formats'
import { sha256Hex } from '../../core/node'
import { CliError } from '../cliError'
import { readSchemaFile } from '../readSchemaFile'
import { readTextFile } from '../readTextFile'

export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('check a goldspan JSONL file and print every problem as file:line: reason')
    .argument('<file>', 'a goldspan JSONL file')
    .option('--schema <file>', 'also check labels against a schema (schema JSON or a project goldspan.json)')
    .addHelpText(
      'after',
      '\nChecks JSON, fields and types, offsets against the text in the stated offset_unit, span texts,\nduplicate document and span ids, references and sha256. Exit code 1 when anything is wrong.'
    )
    .action(async (file: string, options: { schema?: string }) => {
      const schema = options.schema ? await readSchemaFile(options.schema) : undefined
      const content = await readTextFile(file)
      const { records, problems } = parseGoldJsonl(content, file, { hashText: sha256Hex, schema })
      for (const problem of problems) process.stdout.write(`${formatGoldProblem(problem)}\n`)
      if (problems.length > 0) throw new CliError(`${file}: ${problems.length} problem(s)`)
      const entities = records.reduce((sum, record) => sum + record.entities.length, 0)
      const events = records.reduce((sum, record) => sum + record.events.length, 0)
      process.stdout.write(`${file}: valid, ${records.length} document(s), ${entities} entities, ${events} events\n`)
    })
}
