import { execFileSync, spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  krippendorffAlphaU,
  spanF1,
  type AgreementSpan,
  type AnnotationSet
} from '../../../src/core/agreement'
import { mulberry32 } from '../../fixtures/mulberry32'

// An independent pure-Python implementation of the same definitions (test/fixtures/agreement_crosscheck.py)
// must agree to 4 decimals on random span data.
const script = resolve(__dirname, '../../fixtures/agreement_crosscheck.py')
const hasPython = spawnSync('python3', ['--version']).status === 0

interface CrossCheck {
  pairwise: { pair: [string, string]; cohen_kappa: number | null; strict_f1: number | null; overlap_f1: number | null }[]
  fleiss_kappa: number | null
  krippendorff_alpha: number | null
  alpha_u: Record<string, number | null>
}

// Seeded so a failing case can be replayed from its seed.
const createRandom = mulberry32

/**
 * Annotators who mostly copy a common base annotation, sometimes relabelling, shifting a
 * boundary, dropping a span or adding one, so that boundaries coincide often enough for κ.
 */
function randomAnnotationSet(seed: number): { set: AnnotationSet; annotators: string[]; lengths: Record<string, number> } {
  const random = createRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const labels = ['PER', 'LOC', 'ORG']
  const annotators = ['ann1', 'ann2', 'ann3'].slice(0, 2 + Math.floor(random() * 2))
  const lengths: Record<string, number> = {}
  const set: Record<string, Record<string, AgreementSpan[]>> = Object.fromEntries(annotators.map((name) => [name, {}]))
  for (let doc = 0; doc < 3; doc++) {
    const id = `doc${doc}`
    const length = 30 + Math.floor(random() * 40)
    lengths[id] = length
    const base = Array.from({ length: 4 + Math.floor(random() * 6) }, () => {
      const start = Math.floor(random() * (length - 6))
      return { start, end: start + 1 + Math.floor(random() * 6), label: pick(labels) }
    })
    for (const name of annotators) {
      const spans: AgreementSpan[] = []
      for (const span of base) {
        const roll = random()
        if (roll < 0.1) continue
        if (roll < 0.25) spans.push({ ...span, label: pick(labels) })
        else if (roll < 0.35) spans.push({ ...span, end: Math.min(length, span.end + 1 + Math.floor(random() * 3)) })
        else spans.push(span)
      }
      if (random() < 0.5) {
        const start = Math.floor(random() * (length - 3))
        spans.push({ start, end: start + 1 + Math.floor(random() * 3), label: pick(labels) })
      }
      set[name]![id] = spans
    }
  }
  return { set, annotators, lengths }
}

function expectSame(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) expect(actual, what).toBe(expected)
  else expect(actual, what).toBeCloseTo(expected, 4)
}

describe.skipIf(!hasPython)('agreement measures against the independent Python cross-check', () => {
  it.each(Array.from({ length: 12 }, (_, index) => index + 1))('agree on random data, seed %i', (seed) => {
    const { set, annotators, lengths } = randomAnnotationSet(seed)
    const output = execFileSync('python3', [script], { input: JSON.stringify({ set, annotators, lengths }), encoding: 'utf8' })
    const python = JSON.parse(output) as CrossCheck
    for (const { pair, cohen_kappa, strict_f1, overlap_f1 } of python.pairwise) {
      const [a, b] = pair
      expectSame(cohenKappa(set, a, b).value, cohen_kappa, `Cohen's κ ${a}/${b}`)
      expectSame(spanF1(set, a, b, 'strict').overall.f1, strict_f1, `strict F1 ${a}/${b}`)
      expectSame(spanF1(set, a, b, 'overlap').overall.f1, overlap_f1, `overlap F1 ${a}/${b}`)
    }
    expectSame(fleissKappa(set, annotators).value, python.fleiss_kappa, "Fleiss' κ")
    expectSame(krippendorffAlpha(set, annotators).value, python.krippendorff_alpha, "Krippendorff's α")
    const alphaU = krippendorffAlphaU(set, annotators, lengths).per_label
    expect(Object.keys(alphaU)).toEqual(Object.keys(python.alpha_u))
    for (const [label, value] of Object.entries(python.alpha_u)) expectSame(alphaU[label]!.value, value, `α_u ${label}`)
  })
})
