import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir, runGoldspan } from './runGoldspan'

describe('goldspan program', { timeout: 180_000 }, () => {
  const dir = makeTempDir()
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('has --help on every command, exit code 0', () => {
    for (const command of ['import', 'import-annotations', 'export', 'validate', 'stats']) {
      const result = runGoldspan(dir, command, '--help')
      expect(result.stdout).toContain(`Usage: goldspan ${command} [options]`)
      expect(result.status).toBe(0)
    }
    const top = runGoldspan(dir, '--help')
    expect(top.stdout).toMatch(/Commands:[\s\S]*import-annotations[\s\S]*stats/)
    expect(top.status).toBe(0)
  })

  it('reports usage errors as goldspan: <message> with exit code 2', () => {
    const cases: [string[], string][] = [
      [['frobnicate'], "goldspan: unknown command 'frobnicate'\n"],
      [['stats'], "goldspan: required option '--project <dir>' not specified\n"],
      [['export', '--project', 'p', '--out', 'o.jsonl'], 'goldspan: say which layer to export: --annotator <name> or --gold\n'],
      [['export', '--project', 'p', '--out', 'o.jsonl', '--gold', '--annotator', 'a'], 'goldspan: give either --annotator <name> or --gold, not both\n'],
      [
        ['export', '--project', 'p', '--out', 'o.jsonl', '--gold', '--offset-unit', 'bytes'],
        "goldspan: option '--offset-unit <unit>' argument 'bytes' is invalid. Allowed choices are codepoint, utf16.\n"
      ]
    ]
    for (const [args, message] of cases) {
      const result = runGoldspan(dir, ...args)
      expect(result.stderr).toBe(message)
      expect(result.status).toBe(2)
    }
  })

  it('reports a missing project as goldspan: <message> with exit code 1', () => {
    const result = runGoldspan(dir, 'stats', '--project', 'nowhere')
    expect(result.stderr).toMatch(/^goldspan: .*goldspan\.json/)
    expect(result.status).toBe(1)
  })
})
