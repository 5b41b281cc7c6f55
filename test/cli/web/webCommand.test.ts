import { homedir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CliError } from '../../../src/cli/cliError'
import { defaultHomeDir, registerWebCommand } from '../../../src/cli/commands/web'

function program(): Command {
  const root = new Command('goldspan').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined })
  registerWebCommand(root)
  return root
}

afterEach(() => vi.unstubAllEnvs())

describe('goldspan web', () => {
  it('refuses a port that is not a whole number from 0 to 65535, as a usage error', async () => {
    for (const port of ['abc', '-1', '65536', '80.5']) {
      const error = await program()
        .parseAsync(['node', 'goldspan', 'web', '--port', port])
        .then(
          () => null,
          (caught: unknown) => caught
        )
      expect(error, port).toBeInstanceOf(CliError)
      expect((error as CliError).exitCode, port).toBe(2)
    }
  })

  it('keeps settings in GOLDSPAN_HOME, else ~/.goldspan', () => {
    vi.stubEnv('GOLDSPAN_HOME', '/srv/goldspan-home')
    expect(defaultHomeDir()).toBe('/srv/goldspan-home')
    vi.stubEnv('GOLDSPAN_HOME', '')
    expect(defaultHomeDir()).toBe(join(homedir(), '.goldspan'))
  })
})
