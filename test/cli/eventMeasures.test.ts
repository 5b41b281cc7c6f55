import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir, runGoldspan, sha256Of } from './runGoldspan'

// The rocket is 2 UTF-16 units and 1 code point: gold is written in code points, the
// prediction in UTF-16, so a scorer that forgot to convert would match nothing.
const text = "🚀 L'armée a bombardé Alep, puis des combats ont éclaté à Homs."
type Unit = 'codepoint' | 'utf16'
function at(words: string, unit: Unit): { start: number; end: number; text: string } {
  const start = text.indexOf(words) - (unit === 'codepoint' ? 1 : 0)
  return { start, end: start + words.length, text: words }
}

interface EventSpec {
  id: string
  type: string
  trigger: string
  args: [role: string, ref: string][]
}

/** A goldspan line with entities (id → words, label) and events whose argument refs name those entities. */
function line(annotator: string, unit: Unit, entities: Record<string, [string, string]>, events: EventSpec[]): string {
  return JSON.stringify({
    id: 'd1',
    text,
    sha256: sha256Of(text),
    offset_unit: unit,
    entities: Object.entries(entities).map(([id, [words, label]]) => ({ id, ...at(words, unit), label })),
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      trigger: at(event.trigger, unit),
      arguments: event.args.map(([role, ref]) => ({ role, ref, ...at(entities[ref]![0], unit) })),
      attributes: {}
    })),
    relations: [],
    meta: { annotator, status: 'done', schema: { name: 'default', version: 1 }, exported_at: '2026-11-25T00:00:00.000Z', format: 'goldspan', format_version: 2 }
  })
}

// Gold: Attack "bombardé" {Attacker L'armée, Target Alep}; Clash "combats" {Participant L'armée, Place Homs}
// — L'armée is an argument of both events.
const goldLine = line('gold', 'codepoint', { T1: ["L'armée", 'ARMY'], T3: ['Alep', 'GPE'], T5: ['Homs', 'GPE'] }, [
  { id: 'E2', type: 'Attack', trigger: 'bombardé', args: [['Attacker', 'T1'], ['Target', 'T3']] },
  { id: 'E4', type: 'Clash', trigger: 'combats', args: [['Participant', 'T1'], ['Place', 'T5']] }
])
// Prediction: Attack "bombardé" {Attacker L'armée, Place Alep (wrong role)}; "combats" typed Attack (wrong type)
// {Participant L'armée}; and "bombardé" Attack again {Attacker L'armée} (a duplicate).
const predLine = line('system', 'utf16', { P1: ["L'armée", 'ARMY'], P3: ['Alep', 'GPE'], P5: ['Homs', 'GPE'] }, [
  { id: 'Q2', type: 'Attack', trigger: 'bombardé', args: [['Attacker', 'P1'], ['Place', 'P3']] },
  { id: 'Q4', type: 'Attack', trigger: 'combats', args: [['Participant', 'P1']] },
  { id: 'Q6', type: 'Attack', trigger: 'bombardé', args: [['Attacker', 'P1']] }
])

// Hand counts (b = bombardé, c = combats; A = Attack, C = Clash):
// trigger identification: gold {b, c}, pred {b, c, b} → tp 2, fp 1, fn 0; P 2/3, R 1, F1 0.8
// trigger classification: gold {bA, cC}, pred {bA, cA, bA} → tp 1, fp 2, fn 1; P 1/3, R 1/2, F1 2/5
// argument identification: gold {bA·armée, bA·Alep, cC·armée, cC·Homs},
//   pred {bA·armée, bA·Alep, cA·armée, bA·armée} → tp 2, fp 2, fn 2; P = R = F1 = 0.5
// argument classification: with roles only bA·armée·Attacker matches → tp 1, fp 3, fn 3; 0.25
// by type: gold {A·armée, A·Alep, C·armée, C·Homs}, pred {A·armée, A·Alep, A·armée, A·armée} → tp 2, fp 2, fn 2
// per event type: Attack tp 1, fp 2, fn 0; Clash tp 0, fp 0, fn 1
const expected = {
  trigger_identification: { tp: 2, fp: 1, fn: 0, recall: 1 },
  trigger_classification: { tp: 1, fp: 2, fn: 1, recall: 0.5 },
  argument_identification: { tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 },
  argument_classification: { tp: 1, fp: 3, fn: 3, precision: 0.25, recall: 0.25, f1: 0.25 },
  argument_identification_by_type: { tp: 2, fp: 2, fn: 2, f1: 0.5 },
  argument_classification_by_type: { tp: 1, fp: 3, fn: 3, f1: 0.25 }
}

interface Scores {
  readonly [measure: string]: { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }
}

describe('event measures on the command line', { timeout: 180_000 }, () => {
  let dir = ''
  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'gold.jsonl'), `${goldLine}\n`)
    writeFileSync(join(dir, 'system.jsonl'), `${predLine}\n`)
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('evaluate --json reports the events section', () => {
    const result = runGoldspan(dir, 'evaluate', '--gold', 'gold.jsonl', '--pred', 'system.jsonl', '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const { events } = JSON.parse(result.stdout) as { events: Scores & { documents: number; per_event_type: Scores; per_role: Scores } }
    expect(events.documents).toBe(1)
    expect(events).toMatchObject(expected)
    expect(events.trigger_identification!.f1).toBeCloseTo(0.8, 12)
    expect(events.trigger_classification!.f1).toBeCloseTo(0.4, 12)
    expect(events.per_event_type).toMatchObject({ Attack: { tp: 1, fp: 2, fn: 0 }, Clash: { tp: 0, fp: 0, fn: 1, precision: null } })
    // Roles: Attacker tp 1, fp 1 (the duplicate); Target fn 1; Place fp 1 (Alep), fn 1 (Homs); Participant fp 1, fn 1.
    expect(events.per_role).toMatchObject({ Attacker: { tp: 1, fp: 1, fn: 0 }, Participant: { tp: 0, fp: 1, fn: 1 }, Place: { tp: 0, fp: 1, fn: 1 }, Target: { tp: 0, fp: 0, fn: 1 } })
  })

  it('evaluate prints the event table after the entity tables', () => {
    const result = runGoldspan(dir, 'evaluate', '--gold', 'gold.jsonl', '--pred', 'system.jsonl')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('1 document(s); events, ACE-style (micro)')
    expect(result.stdout).toMatch(/\ntrigger identification +2 +1 +0 +0\.6667 +1\.0000 +0\.8000\n/)
    expect(result.stdout).toMatch(/\nargument classification +1 +3 +3 +0\.2500 +0\.2500 +0\.2500\n/)
  })

  it('agreement --json reports the same counts between two annotators, the first as reference', () => {
    const result = runGoldspan(dir, 'agreement', 'gold.jsonl', 'system.jsonl', '--json')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const { events } = JSON.parse(result.stdout) as { events: { pairwise: Array<Scores & { annotators: string[]; documents: number }> } }
    expect(events.pairwise).toHaveLength(1)
    expect(events.pairwise[0]).toMatchObject({ annotators: ['gold', 'system'], documents: 1, ...expected })
  })

  it('agreement prints an event table per pair', () => {
    const result = runGoldspan(dir, 'agreement', 'gold.jsonl', 'system.jsonl')
    expect(result.status).toBe(0)
    // F1 of trigger identification, trigger classification, argument identification, argument classification.
    expect(result.stdout).toMatch(/\ngold \/ system +1 +0\.8000 +0\.4000 +0\.5000 +0\.2500\n/)
  })
})
