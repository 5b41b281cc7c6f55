import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const repositoryRoot = resolve(__dirname, '..', '..')
export const seedsDir = join(repositoryRoot, 'seeds')
export const checkOffsetsScript = join(repositoryRoot, 'test', 'fixtures', 'check_offsets.py')

export interface RunResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `node bin/goldspan.mjs …args` in `cwd`, as a user would. */
export function runGoldspan(cwd: string, ...args: string[]): RunResult {
  const result = spawnSync(process.execPath, [join(repositoryRoot, 'bin', 'goldspan.mjs'), ...args], { cwd, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export function runPython(cwd: string, script: string, ...args: string[]): RunResult {
  const result = spawnSync('python3', [script, ...args], { cwd, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'goldspan-cli-'))
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** A goldspan line as another tool would write it: only what the format requires. */
export function goldLine(record: {
  id: string
  text: string
  offset_unit: 'codepoint' | 'utf16'
  entities: { id: string; start: number; end: number; label: string; text: string }[]
  events?: { id: string; type: string; trigger: { start: number; end: number; text: string }; arguments: never[]; attributes: Record<string, string> }[]
  sha256?: string
  status?: 'todo' | 'in_progress' | 'done'
}): string {
  return JSON.stringify({
    id: record.id,
    text: record.text,
    sha256: record.sha256 ?? sha256Of(record.text),
    offset_unit: record.offset_unit,
    entities: record.entities,
    events: record.events ?? [],
    relations: [],
    meta: {
      annotator: 'hand',
      status: record.status ?? 'done',
      schema: { name: 'default', version: 1 },
      exported_at: '2026-11-25T00:00:00.000Z',
      format: 'goldspan',
      format_version: 1
    }
  })
}
