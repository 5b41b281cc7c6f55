import { readFileSync } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { CliError } from './cliError'
import { registerAgreementCommand } from './commands/agreement'
import { registerEvaluateCommand } from './commands/evaluate'
import { registerExportCommand } from './commands/export'
import { registerImportAnnotationsCommand } from './commands/importAnnotations'
import { registerImportCommand } from './commands/import'
import { registerReviewCommand } from './commands/review'
import { registerStatsCommand } from './commands/stats'
import { registerValidateCommand } from './commands/validate'
import { registerWebCommand } from './commands/web'

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

/**
 * The `goldspan` program. Each command lives in `commands/<name>.ts` and registers
 * itself; add new ones to this list.
 */
export function buildProgram(): Command {
  const program = new Command('goldspan')
    .description('Goldspan: gold entity and event annotation for text corpora')
    .version(packageVersion)
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(`goldspan: ${message.replace(/^error: /, '')}`) })
  registerImportCommand(program)
  registerImportAnnotationsCommand(program)
  registerExportCommand(program)
  registerValidateCommand(program)
  registerStatsCommand(program)
  registerAgreementCommand(program)
  registerEvaluateCommand(program)
  registerReviewCommand(program)
  registerWebCommand(program)
  return program
}

/**
 * Runs the program on `argv` (as `process.argv`) and gives the exit code: 0 on success,
 * 1 when the command failed, 2 for usage errors. Never calls process.exit, so a command
 * that keeps a server running (`web`) keeps the process alive.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv])
    return 0
  } catch (error) {
    // Commander has already printed its own message (usage errors, help, version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    const exitCode = error instanceof CliError ? error.exitCode : 1
    process.stderr.write(`goldspan: ${(error as Error).message}\n`)
    return exitCode
  }
}
