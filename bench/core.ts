import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GoldRecord } from '../src/core/formats'

export interface CommandMeasure {
  readonly name: string
  readonly seconds: number
  readonly documentsPerSecond: number
  readonly peakRssMb: number
}

/** Runs `goldspan <args>` in a child process; its time and peak RSS (read by the preloaded reportMaxRss.mjs). */
async function runGoldspan(repoRoot: string, workDir: string, name: string, args: readonly string[], documents: number): Promise<CommandMeasure> {
  const rssFile = join(workDir, `${name}.rss`)
  const started = performance.now()
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', join(repoRoot, 'bench', 'reportMaxRss.mjs'), join(repoRoot, 'bin', 'goldspan.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let printed = ''
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
    child.on('exit', (code) => (code === 0 ? resolve(printed) : reject(new Error(`goldspan ${args.join(' ')} exited ${code}:\n${printed.slice(-2000)}`))))
  })
  const seconds = (performance.now() - started) / 1000
  if (output.length === 0) throw new Error(`goldspan ${name} printed nothing`)
  const peakRssMb = Number(await readFile(rssFile, 'utf8')) / 1024
  return { name, seconds, documentsPerSecond: documents / seconds, peakRssMb }
}

/**
 * A second annotator's file derived from the first's export: every fifth entity relabelled,
 * every seventh dropped, so agreement compares two different but close annotations.
 */
async function writePerturbedCopy(from: string, to: string): Promise<void> {
  const lines = (await readFile(from, 'utf8')).split('\n').filter((line) => line !== '')
  const perturbed = lines.map((line) => {
    const record = JSON.parse(line) as GoldRecord
    const entities = record.entities.filter((_, index) => index % 7 !== 6).map((entity, index) => (index % 5 === 4 && entity.label !== 'ORG' ? { ...entity, label: 'ORG' } : entity))
    return JSON.stringify({ ...record, entities })
  })
  await writeFile(to, `${perturbed.join('\n')}\n`)
}

/** export (project → JSONL), validate (JSONL), agreement (two JSONL files) on `documents` documents. */
export async function measureCoreCommands(repoRoot: string, workDir: string, projectDir: string, annotator: string, documents: number): Promise<CommandMeasure[]> {
  const exported = join(workDir, `${annotator}.jsonl`)
  const other = join(workDir, 'other.jsonl')
  const exportMeasure = await runGoldspan(repoRoot, workDir, 'export', ['export', '--project', projectDir, '--annotator', annotator, '--out', exported], documents)
  const validateMeasure = await runGoldspan(repoRoot, workDir, 'validate', ['validate', exported], documents)
  await writePerturbedCopy(exported, other)
  const agreementMeasure = await runGoldspan(repoRoot, workDir, 'agreement', ['agreement', exported, other, '--json'], documents)
  return [exportMeasure, validateMeasure, agreementMeasure]
}
