import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, repositoryRoot, runGoldspan, runPython, seedsDir } from './runGoldspan'

// Code points: 🚀0 _1 A2 d3 a4 _5 m6 e7 t8 _9 B10 o11 b12 _13 i14 n15 _16 P17 a18 r19 i20 s21 .22 — in UTF-16 all +1 after the rocket.
const firstText = '\u{1F680} Ada met Bob in Paris.'
const secondText = 'Rome and Oslo.'
const entity = (text: string, id: string, start: number, end: number, label: string) => ({
  id,
  start,
  end,
  label,
  text: Array.from(text).slice(start, end).join('')
})

const aliceLines = [
  goldLine({
    id: 'd1',
    text: firstText,
    offset_unit: 'codepoint',
    entities: [entity(firstText, 'T1', 2, 5, 'PER'), entity(firstText, 'T2', 10, 13, 'PER'), entity(firstText, 'T3', 17, 22, 'LOC')]
  }),
  goldLine({ id: 'd2', text: secondText, offset_unit: 'utf16', entities: [entity(secondText, 'T1', 0, 4, 'LOC'), entity(secondText, 'T2', 9, 13, 'LOC')] })
]
const bobLines = [
  goldLine({
    id: 'd1',
    text: firstText,
    offset_unit: 'codepoint',
    entities: [entity(firstText, 'T1', 2, 5, 'PER'), entity(firstText, 'T2', 10, 13, 'ORG'), entity(firstText, 'T3', 17, 23, 'LOC')]
  }),
  goldLine({ id: 'd2', text: secondText, offset_unit: 'utf16', entities: [entity(secondText, 'T1', 0, 4, 'LOC'), entity(secondText, 'T2', 9, 13, 'LOC')] })
]

interface Report {
  annotators: string[]
  pairwise: {
    annotators: string[]
    documents: number
    strict: { tp: number; fp: number; fn: number; f1: number }
    overlap: { tp: number; fp: number; fn: number; f1: number }
    cohen_kappa: { value: number; n_used: number; n_total: number }
  }[]
  fleiss_kappa: { value: number; n_used: number }
  krippendorff_alpha: { value: number; n_used: number; n_total: number }
  per_label: Record<string, { strict: { f1: number | null }; overlap: { f1: number | null }; alpha_u: { value: number | null } }>
  events: { pairwise: { annotators: string[]; trigger_identification: { tp: number; fp: number; fn: number; f1: number | null } }[] }
}

/** The figures worked by hand for alice (reference) and bob above. */
function expectHandWorkedFigures(report: Report): void {
  const [pair] = report.pairwise
  expect(pair!.documents).toBe(2)
  // Strict: Ada PER, Rome, Oslo match; Bob PER≠ORG, Paris 17-22 vs 17-23 → tp 3, fp 2, fn 2, F1 = 6/10.
  expect(pair!.strict).toMatchObject({ tp: 3, fp: 2, fn: 2, f1: 0.6 })
  // Overlap: Paris now matches → tp 4, fp 1, fn 1, F1 = 8/10.
  expect(pair!.overlap).toMatchObject({ tp: 4, fp: 1, fn: 1, f1: 0.8 })
  // κ on the 4 shared boundaries (of 6): p_o = 3/4; alice PER 1/2, LOC 1/2; bob PER 1/4, ORG 1/4, LOC 1/2 → p_e = 3/8; κ = 0.6.
  expect(pair!.cohen_kappa).toMatchObject({ n_used: 4, n_total: 6 })
  expect(pair!.cohen_kappa.value).toBeCloseTo(0.6, 10)
  // Fleiss on the same 4 units: P̄ = 3/4, P̄_e = (3² + 1² + 4²)/8² = 26/64 → κ = 11/19.
  expect(report.fleiss_kappa.value).toBeCloseTo(11 / 19, 10)
  // α: n = 8, Σ_{c≠k} o_ck = 2, Σ_{c≠k} n_c n_k = 64 − 26 = 38 → α = 1 − 7·2/38 = 12/19.
  expect(report.krippendorff_alpha).toMatchObject({ n_used: 4, n_total: 6 })
  expect(report.krippendorff_alpha.value).toBeCloseTo(12 / 19, 10)
  // α_u(LOC) on L = 24 + 14 UTF-16 units: Σδ² = 1 (Paris ends 23 vs 24), D_o = 1/38²;
  // D_e = (2/38)·5272 / (2·38·75 − 98) from units 5,4,4 / 6,4,4 and gaps 18,1,5,1 / 18,5,1.
  expect(report.per_label.LOC!.alpha_u.value).toBeCloseTo(1 - 1 / 38 ** 2 / (((2 / 38) * 5272) / 5602), 10)
  expect(report.per_label.PER!.strict.f1).toBeCloseTo(2 / 3, 10)
  expect(report.per_label.ORG!.overlap.f1).toBe(0)
  // No events on either side: zero counts and an undefined F1 (test/cli/eventMeasures.test.ts scores real events).
  expect(report.events.pairwise[0]!.trigger_identification).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null })
}

describe('goldspan agreement', { timeout: 180_000 }, () => {
  let dir = ''

  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'alice.jsonl'), `${aliceLines.join('\n')}\n`)
    writeFileSync(join(dir, 'bob.jsonl'), `${bobLines.join('\n')}\n`)
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'd1', text: firstText })}\n${JSON.stringify({ id: 'd2', text: secondText })}\n`)
  })

  it('compares goldspan JSONL files, one annotator each, and prints JSON', () => {
    const result = runGoldspan(dir, 'agreement', 'alice.jsonl', 'bob.jsonl', '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.annotators).toEqual(['alice', 'bob'])
    expectHandWorkedFigures(report)
  })

  it('prints a readable table by default', () => {
    const result = runGoldspan(dir, 'agreement', 'alice.jsonl', 'bob.jsonl')
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('Agreement of alice, bob (2 document(s) annotated by all; offsets in UTF-16 units)')
    expect(lines.find((line) => line.startsWith('alice / bob'))).toMatch(/^alice \/ bob\s+2\s+0\.6000 0\.6000 0\.6000\s+0\.8000 0\.8000 0\.8000\s+0\.6000\s+4\/6$/)
    expect(result.stdout).toMatch(/Fleiss' κ:\s+0\.5789/)
    expect(result.stdout).toMatch(/Krippendorff's α \(nominal\): 0\.6316/)
    // ORG: only bob used it, on a boundary alice labelled PER, so α_u has one unit and is defined; F1 is 0.
    expect(lines.find((line) => line.startsWith('ORG'))).toMatch(/^ORG\s+0\.0000\s+0\.0000\s+-?\d\.\d{4}\s+1$/)
  })

  it('reads the same figures from a project', () => {
    expect(runGoldspan(dir, 'import', 'corpus.jsonl', '--project', 'project').status).toBe(0)
    for (const name of ['alice', 'bob']) {
      expect(runGoldspan(dir, 'import-annotations', `${name}.jsonl`, '--project', 'project', '--annotator', name).status).toBe(0)
    }
    const result = runGoldspan(dir, 'agreement', '--project', 'project', '--annotators', 'alice,bob', '--json')
    expect(result.status).toBe(0)
    expectHandWorkedFigures(JSON.parse(result.stdout) as Report)
    const unknown = runGoldspan(dir, 'agreement', '--project', 'project', '--annotators', 'alice,zed')
    expect(unknown.stderr).toContain('goldspan: unknown annotator(s) zed')
    expect(unknown.status).toBe(2)
  })

  it('refuses files whose documents share an id but not a text', () => {
    const changed = goldLine({ id: 'd2', text: 'Rome and Oslo!', offset_unit: 'utf16', entities: [] })
    writeFileSync(join(dir, 'carol.jsonl'), `${changed}\n`)
    const result = runGoldspan(dir, 'agreement', 'alice.jsonl', 'carol.jsonl')
    expect(result.stderr).toMatch(/^carol\.jsonl:1: document "d2": sha256 [0-9a-f]{64} differs from alice\.jsonl:2 \([0-9a-f]{64}\); not the same text$/m)
    expect(result.stderr).toContain('goldspan: 1 problem(s) in the input files; no agreement computed')
    expect(result.status).toBe(1)
  })

  it('explains wrong usage with exit code 2', () => {
    const single = runGoldspan(dir, 'agreement', 'alice.jsonl')
    expect(single.stderr).toContain('give --project <dir> or at least two goldspan JSONL files')
    expect(single.status).toBe(2)
    expect(runGoldspan(dir, 'agreement', 'alice.jsonl', 'bob.jsonl', '--annotators', 'a,b').status).toBe(2)
    const help = runGoldspan(dir, 'agreement', '--help')
    expect(help.stdout).toContain('goldspan agreement alice.jsonl bob.jsonl carol.jsonl --json')
    expect(help.status).toBe(0)
  })
})

const hasPython = spawnSync('python3', ['--version']).status === 0
const crossCheckScript = join(repositoryRoot, 'test', 'fixtures', 'agreement_crosscheck.py')

/**
 * Three annotators' versions of the seeds: alice labels every capitalised word; bob and
 * carol copy her with deterministic slips (relabel, longer span, dropped span, extra span).
 * bob's file counts in code points, the others in UTF-16.
 */
function writeSeedAnnotations(dir: string): void {
  const labels = ['PER', 'ORG', 'GPE', 'LOC']
  const files: Record<string, string[]> = { alice: [], bob: [], carol: [] }
  for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, name), 'utf8')
    const id = name.slice(0, -'.txt'.length)
    const words = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((match, index) => ({
      start: match.index,
      end: match.index + match[0].length,
      label: labels[(match[0].length + index) % labels.length]!
    }))
    const versions: Record<string, { start: number; end: number; label: string }[]> = {
      alice: words,
      bob: words.flatMap((word, index) =>
        index % 11 === 3 ? [] : [index % 5 === 1 ? { ...word, label: 'ORG' } : index % 7 === 2 ? { ...word, end: word.end + 1 } : word]
      ),
      carol: [
        ...words.filter((_, index) => index % 13 !== 5).map((word, index) => (index % 4 === 0 ? { ...word, label: 'PER' } : word)),
        { start: 0, end: 3, label: 'DATE' }
      ]
    }
    for (const [annotator, spans] of Object.entries(versions)) {
      const codePoints = annotator === 'bob'
      const toUnit = (offset: number): number => (codePoints ? Array.from(text.slice(0, offset)).length : offset)
      const entities = spans.map((span, index) => ({
        id: `T${index + 1}`,
        start: toUnit(span.start),
        end: toUnit(span.end),
        label: span.label,
        text: text.slice(span.start, span.end)
      }))
      files[annotator]!.push(goldLine({ id, text, offset_unit: codePoints ? 'codepoint' : 'utf16', entities }))
    }
  }
  for (const [annotator, lines] of Object.entries(files)) writeFileSync(join(dir, `${annotator}.jsonl`), `${lines.join('\n')}\n`)
}

interface CrossCheck {
  pairwise: { pair: [string, string]; cohen_kappa: number | null; strict_f1: number | null; overlap_f1: number | null }[]
  fleiss_kappa: number | null
  krippendorff_alpha: number | null
  alpha_u: Record<string, number | null>
}

describe.skipIf(!hasPython)('goldspan agreement on three versions of the seeds', { timeout: 180_000 }, () => {
  it('matches the independent Python computation to 4 decimals, from files and from a project alike', () => {
    const dir = makeTempDir()
    writeSeedAnnotations(dir)
    const files = ['alice.jsonl', 'bob.jsonl', 'carol.jsonl']
    const result = runGoldspan(dir, 'agreement', ...files, '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    const python = runPython(dir, crossCheckScript, '--jsonl', ...files)
    expect(python.status).toBe(0)
    const expected = JSON.parse(python.stdout) as CrossCheck
    const close = (actual: number | null | undefined, wanted: number | null): void => {
      if (wanted === null) expect(actual).toBeNull()
      else expect(actual).toBeCloseTo(wanted, 4)
    }
    expect(report.pairwise.map((pair) => pair.annotators)).toEqual(expected.pairwise.map((pair) => pair.pair))
    expected.pairwise.forEach((pair, index) => {
      close(report.pairwise[index]!.cohen_kappa.value, pair.cohen_kappa)
      close(report.pairwise[index]!.strict.f1, pair.strict_f1)
      close(report.pairwise[index]!.overlap.f1, pair.overlap_f1)
    })
    close(report.fleiss_kappa.value, expected.fleiss_kappa)
    close(report.krippendorff_alpha.value, expected.krippendorff_alpha)
    for (const [label, value] of Object.entries(expected.alpha_u)) close(report.per_label[label]?.alpha_u.value, value)
    // Not a degenerate comparison: the slips leave agreement high but below 1.
    expect(report.krippendorff_alpha.value).toBeGreaterThan(0.5)
    expect(report.krippendorff_alpha.value).toBeLessThan(1)

    expect(runGoldspan(dir, 'import', seedsDir, '--project', 'project').status).toBe(0)
    for (const file of files) {
      expect(runGoldspan(dir, 'import-annotations', file, '--project', 'project', '--annotator', file.replace('.jsonl', '')).status).toBe(0)
    }
    const fromProject = runGoldspan(dir, 'agreement', '--project', 'project', '--json')
    expect(fromProject.status).toBe(0)
    expect(JSON.parse(fromProject.stdout)).toEqual(report)
  })
})
