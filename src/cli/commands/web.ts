import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import { usageError } from '../cliError'
import { findPackageRoot } from '../web/packageRoot'
import { MAX_REQUEST_BYTES } from '../web/server'
import { startWebMode } from '../web/startWebMode'

interface WebOptions {
  port: string
  home?: string
  corpus?: string
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65_535) throw usageError(`--port must be a whole number from 0 to 65535, not "${value}"`)
  return port
}

/** GOLDSPAN_HOME, else ~/.goldspan: settings.json and one project per opened corpus. */
export function defaultHomeDir(): string {
  return process.env.GOLDSPAN_HOME || join(homedir(), '.goldspan')
}

export function registerWebCommand(program: Command): void {
  program
    .command('web')
    .description('serve the annotation app to a browser on this machine (127.0.0.1 only), until Ctrl+C')
    .option('--port <n>', 'port to listen on; 0 picks a free one', '0')
    .option('--home <dir>', 'settings and projects folder (default: $GOLDSPAN_HOME or ~/.goldspan)')
    .option('--corpus <path>', 'folder of .txt files or .jsonl file to open (default: the bundled seeds/)')
    .addHelpText(
      'after',
      `
The printed URL holds a fresh random token; the server refuses API calls without it,
and requests whose Host or Origin is not this server. Request bodies over
${MAX_REQUEST_BYTES / 1024 / 1024} MiB are refused. Build the app first (npm run build), or use npm run web.`
    )
    .action(async (options: WebOptions) => {
      const port = parsePort(options.port)
      const { server, workspace } = await startWebMode({
        homeDir: options.home ?? defaultHomeDir(),
        packageRoot: findPackageRoot(),
        port,
        ...(options.corpus === undefined ? {} : { corpus: options.corpus })
      })
      process.stdout.write(`Goldspan web mode: ${server.url}\nOpen it in a browser; press Ctrl+C to stop.\n`)
      const stop = (): void => void server.close().finally(() => workspace.close())
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
