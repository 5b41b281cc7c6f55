import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChannelPayload, GoldspanApi } from '../../../src/core/api'
import type { Span } from '../../../src/core/model'
import { createWorkspace } from '../../../src/core/node'

const NOW = new Date('2026-11-25T10:00:00.000Z')
// "Jean Dupont" 0-11, "attaque" 12-19, "Lyon" 20-24.
const TEXT = 'Jean Dupont attaque Lyon.\n'
const SHA = createHash('sha256').update(TEXT, 'utf8').digest('hex')

let root: string
let homeDir: string
let corpusDir: string

function span(id: string, start: number, end: number, label: string, annotator: string, args?: Span['arguments']): Span {
  return { id, start, end, label, annotator, created: NOW.toISOString(), updated: NOW.toISOString(), ...(args ? { arguments: args } : {}) }
}

function annotations(annotator: string, spans: Span[]): ChannelPayload<'document:save'>['annotations'] {
  return { version: 2, documentId: 'a', sha256: SHA, annotator, status: 'done', offsetUnit: 'utf16', spans, relations: [] }
}

/**
 * ana: PER 0-11, Attack 12-19 {Attacker T1, Target T3}, GPE 20-24 (T3).
 * bo:  PER 0-11, Attack 12-19 {Attacker T1}, LOC 20-24.
 */
async function annotatedWorkspace(): Promise<GoldspanApi> {
  const { api } = await createWorkspace({ homeDir, mode: 'web', defaultCorpus: corpusDir, now: () => NOW })
  const work = {
    ana: [span('T1', 0, 11, 'PER', 'ana'), span('T2', 12, 19, 'Attack', 'ana', [{ role: 'Attacker', ref: 'T1' }, { role: 'Target', ref: 'T3' }]), span('T3', 20, 24, 'GPE', 'ana')],
    bo: [span('T1', 0, 11, 'PER', 'bo'), span('T2', 12, 19, 'Attack', 'bo', [{ role: 'Attacker', ref: 'T1' }]), span('T3', 20, 24, 'LOC', 'bo')]
  }
  for (const [name, spans] of Object.entries(work)) {
    await api['session:setAnnotator']({ name })
    await api['project:openCorpus']({ path: corpusDir })
    await api['document:save']({ annotations: annotations(name, spans) })
  }
  return api
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'goldspan-agreement-'))
  homeDir = join(root, 'home')
  corpusDir = join(root, 'news')
  await mkdir(corpusDir)
  await writeFile(join(corpusDir, 'a.txt'), TEXT)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('agreement:report', () => {
  it('lists the annotators to choose from until two are given', async () => {
    const api = await annotatedWorkspace()
    expect(await api['agreement:report']({ annotators: ['ana'] })).toEqual({ annotators: ['ana', 'bo'], data: null, problems: [] })
    await expect(api['agreement:report']({ annotators: ['ana', 'zoe'] })).rejects.toThrow(/no annotator "zoe"/)
    await expect(api['agreement:report']({ annotators: ['ana', 'ana'] })).rejects.toThrow(/chosen twice/)
  })

  it('answers the report with events, the confusion per pair and the label distribution, worked by hand', async () => {
    const api = await annotatedWorkspace()
    const { data, problems } = await api['agreement:report']({ annotators: ['ana', 'bo'] })
    expect(problems).toEqual([])
    const [pair] = data!.report.pairwise
    // Strict: PER and Attack match; GPE/LOC on 20-24 do not → tp 2, fp 1, fn 1 → F1 4/6.
    expect(pair!.strict).toMatchObject({ tp: 2, fp: 1, fn: 1 })
    // κ on the 3 shared boundaries: p_o = 2/3; each annotator's 3 categories 1/3 each, 2 in common → p_e = 2/9 → κ = (4/9)/(7/9) = 4/7.
    expect(pair!.cohen_kappa.value).toBeCloseTo(4 / 7, 12)
    // Events (the schema's Attack): trigger 12-19 Attack on both → tp 1; arguments ana {0-11, 20-24}, bo {0-11} → tp 1, fn 1.
    const [events] = data!.report.events.pairwise
    expect(events!.trigger_classification).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 })
    expect(events!.argument_identification).toMatchObject({ tp: 1, fp: 0, fn: 1 })
    expect(events!.argument_classification.f1).toBeCloseTo(2 / 3, 12)
    // Confusion over labels Attack, GPE, LOC, PER: the diagonal for PER and Attack, GPE → LOC once.
    expect(data!.confusion).toEqual([
      {
        annotators: ['ana', 'bo'],
        labels: ['Attack', 'GPE', 'LOC', 'PER'],
        counts: [
          [1, 0, 0, 0],
          [0, 0, 1, 0],
          [0, 0, 0, 0],
          [0, 0, 0, 1]
        ],
        only_first: [0, 0, 0, 0],
        only_second: [0, 0, 0, 0],
        n_used: 3
      }
    ])
    expect(data!.distribution.counts).toEqual({ ana: { Attack: 1, GPE: 1, LOC: 0, PER: 1 }, bo: { Attack: 1, GPE: 0, LOC: 1, PER: 1 } })
  })
})
