import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGoldJsonl, type GoldRecord } from '../../src/core/formats/goldspan'
import { conflictNewsSchema } from '../../src/core/schema'
import { checkOffsetsScript, makeTempDir, repositoryRoot, runGoldspan, runPython, sha256Of } from '../cli/runGoldspan'

// Issue 10, "Done when": the gold dataset validates, and the agreement report and the gold
// export are reproducible from the committed project with the commands of datasets/README.md.

const DATASETS = join(repositoryRoot, 'datasets')
const GOLD = join(DATASETS, 'seeds.gold.jsonl')
const read = (path: string) => readFileSync(path, 'utf8')

/** A copy of the project beside a copy of the seeds (it records them as ../../seeds), so the CLI's lock and backups stay out of the repository. */
function copyOfProject(): string {
  const root = makeTempDir()
  cpSync(join(repositoryRoot, 'seeds'), join(root, 'seeds'), { recursive: true })
  cpSync(join(DATASETS, 'seeds-project'), join(root, 'datasets', 'seeds-project'), { recursive: true })
  return join(root, 'datasets', 'seeds-project')
}

function goldRecords(): GoldRecord[] {
  const { records, problems } = parseGoldJsonl(read(GOLD), GOLD, { hashText: sha256Of, schema: conflictNewsSchema })
  expect(problems).toEqual([])
  return records
}

const withoutExportTime = (jsonl: string) => jsonl.replace(/"exported_at":"[^"]*"/g, '"exported_at":"…"')

describe('datasets/seeds.gold.jsonl', () => {
  it('holds the five seeds, adjudicated, valid against the conflict-news schema and checked by the independent Python reader', () => {
    const records = goldRecords()
    const seedIds = ['000_2bf93c0143f687be', '001_1b0f98beef4bd2c0', '002_98eb227a6747c847', '003_da26205d20f9c2ca', '004_2a9aa91a7580aa05']
    expect(records.map((record) => record.id)).toEqual(seedIds)
    for (const record of records) {
      expect(record.text).toBe(read(join(repositoryRoot, 'seeds', `${record.id}.txt`)))
      expect(record.meta.annotator).toBe('gold')
      expect(record.meta.status).toBe('done')
      expect(record.entities.every((entity) => entity.provenance !== undefined)).toBe(true)
    }
    const check = runPython(repositoryRoot, checkOffsetsScript, GOLD)
    expect(check.stderr).toBe('')
    expect(check.stdout).toMatch(/^ok: 5 documents, \d+ spans, \d+ links\n$/)
    expect(runGoldspan(repositoryRoot, 'validate', GOLD, '--schema', join(DATASETS, 'conflict-news.schema.json')).status).toBe(0)
  })

  it('is what `goldspan export --gold` writes from the committed project (but the export time)', () => {
    const project = copyOfProject()
    const out = join(project, '..', 'gold.jsonl')
    const exported = runGoldspan(repositoryRoot, 'export', '--project', project, '--gold', '--out', out)
    expect(exported.stderr).toBe('')
    expect(exported.status).toBe(0)
    expect(withoutExportTime(read(out))).toBe(withoutExportTime(read(GOLD)))
  })

  it('has every event trigger of the gold export with a type of the schema and arguments whose roles the type declares', () => {
    const roles = new Map(conflictNewsSchema.eventTypes.map((type) => [type.name, new Set((type.roles ?? []).map((role) => role.name))]))
    const events = goldRecords().flatMap((record) => record.events)
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) {
      expect(roles.has(event.type), event.type).toBe(true)
      for (const argument of event.arguments) expect(roles.get(event.type)?.has(argument.role), `${event.type} ${argument.role}`).toBe(true)
    }
  })
})

describe('datasets/agreement.*', () => {
  it('are what `goldspan agreement` prints on the committed project', () => {
    const project = copyOfProject()
    const args = ['agreement', '--project', project, '--annotators', 'annotator-a,annotator-b']
    const text = runGoldspan(repositoryRoot, ...args)
    expect(text.status).toBe(0)
    expect(text.stdout).toBe(read(join(DATASETS, 'agreement.txt')))
    const json = runGoldspan(repositoryRoot, ...args, '--json')
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(read(join(DATASETS, 'agreement.json'))))
  })

  it('agree to 4 decimals with the independent Python computation on the two annotators’ exports', () => {
    const project = copyOfProject()
    const files = ['annotator-a', 'annotator-b'].map((annotator) => {
      const out = join(project, '..', `${annotator}.jsonl`)
      expect(runGoldspan(repositoryRoot, 'export', '--project', project, '--annotator', annotator, '--out', out).status).toBe(0)
      return out
    })
    const python = runPython(repositoryRoot, join(repositoryRoot, 'test', 'fixtures', 'agreement_crosscheck.py'), '--jsonl', ...files)
    expect(python.stderr).toBe('')
    const independent = JSON.parse(python.stdout) as { pairwise: { strict_f1: number; overlap_f1: number; cohen_kappa: number }[]; fleiss_kappa: number; krippendorff_alpha: number }
    const ours = JSON.parse(read(join(DATASETS, 'agreement.json'))) as {
      pairwise: { strict: { f1: number }; overlap: { f1: number }; cohen_kappa: { value: number } }[]
      fleiss_kappa: { value: number }
      krippendorff_alpha: { value: number }
    }
    const round = (value: number | undefined) => Number((value ?? Number.NaN).toFixed(4))
    expect([ours.pairwise[0]?.strict.f1, ours.pairwise[0]?.overlap.f1, ours.pairwise[0]?.cohen_kappa.value, ours.fleiss_kappa.value, ours.krippendorff_alpha.value].map(round)).toEqual(
      [independent.pairwise[0]?.strict_f1, independent.pairwise[0]?.overlap_f1, independent.pairwise[0]?.cohen_kappa, independent.fleiss_kappa, independent.krippendorff_alpha].map(round)
    )
  })
})

describe('datasets/README.md', () => {
  it('gives the gold counts per label that the gold file has', () => {
    const card = read(join(DATASETS, 'README.md'))
    const tableRows = [...card.matchAll(/^\| `([A-Za-z]+)` \| (entity|event) \| (\d+) \|/gm)].map(([, label, , count]) => [label, Number(count)] as const)
    const counted = new Map<string, number>()
    for (const record of goldRecords()) {
      for (const entity of record.entities) counted.set(entity.label, (counted.get(entity.label) ?? 0) + 1)
      for (const event of record.events) counted.set(event.type, (counted.get(event.type) ?? 0) + 1)
    }
    expect(new Map(tableRows)).toEqual(counted)
  })
})
