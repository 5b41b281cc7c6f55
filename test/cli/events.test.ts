import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkOffsetsScript, makeTempDir, runGoldspan, runPython, sha256Of } from './runGoldspan'

// seeds/000_2bf93c0143f687be.txt, line 5, from "l’armée": every character is one code point
// and one UTF-16 unit, so both units give the offsets counted here by hand.
const text = 'l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe terroriste Daech dans la région d’al-Safa'

/** The record another tool (or an earlier export) would give: one Attack with three arguments, one relation. */
function seedRecord(exportedAt: string): Record<string, unknown> {
  return {
    id: 'seed',
    text,
    sha256: sha256Of(text),
    offset_unit: 'codepoint',
    entities: [
      { id: 'T1', start: 0, end: 22, label: 'ORG', text: 'l’armée de l’air russe', attributes: {} },
      { id: 'T3', start: 55, end: 95, label: 'LOC', text: 'les positions du groupe terroriste Daech', attributes: {} },
      { id: 'T4', start: 72, end: 95, label: 'ORG', text: 'groupe terroriste Daech', attributes: { Note: 'Daech = État islamique' } },
      { id: 'T5', start: 104, end: 120, label: 'LOC', text: 'région d’al-Safa', attributes: {} }
    ],
    events: [
      {
        id: 'E1',
        type: 'Attack',
        trigger: { start: 46, end: 54, text: 'bombardé' },
        arguments: [
          { role: 'Attacker', ref: 'T1', start: 0, end: 22, text: 'l’armée de l’air russe' },
          { role: 'Target', ref: 'T3', start: 55, end: 95, text: 'les positions du groupe terroriste Daech' },
          { role: 'Place', ref: 'T5', start: 104, end: 120, text: 'région d’al-Safa' }
        ],
        attributes: { Modality: 'asserted' }
      }
    ],
    relations: [{ id: 'R1', type: 'located_in', head: 'T3', tail: 'T5' }],
    meta: {
      annotator: 'alice',
      status: 'done',
      schema: { name: 'default', version: 1 },
      exported_at: exportedAt,
      format: 'goldspan',
      format_version: 2
    }
  }
}

describe('goldspan events through the command line', { timeout: 180_000 }, () => {
  let dir = ''

  beforeAll(() => {
    dir = makeTempDir()
    writeFileSync(join(dir, 'corpus.jsonl'), `${JSON.stringify({ id: 'seed', text })}\n`)
    expect(runGoldspan(dir, 'import', 'corpus.jsonl', '--project', 'project').status).toBe(0)
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports an event record and exports it back unchanged; validate and the Python checker accept it', () => {
    writeFileSync(join(dir, 'seed.jsonl'), `${JSON.stringify(seedRecord('2026-11-25T00:00:00.000Z'))}\n`)
    const imported = runGoldspan(dir, 'import-annotations', 'seed.jsonl', '--project', 'project', '--annotator', 'alice')
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    const exported = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'alice', '--out', 'out.jsonl')
    expect(exported.status).toBe(0)
    const line = readFileSync(join(dir, 'out.jsonl'), 'utf8')
    const exportedAt = (JSON.parse(line) as { meta: { exported_at: string } }).meta.exported_at
    expect(line).toBe(`${JSON.stringify(seedRecord(exportedAt))}\n`)

    const validated = runGoldspan(dir, 'validate', 'out.jsonl', '--schema', join('project', 'goldspan.json'))
    expect(validated.stdout).toBe('out.jsonl: valid, 1 document(s), 4 entities, 1 events\n')
    expect(validated.status).toBe(0)
    const python = runPython(dir, checkOffsetsScript, 'out.jsonl')
    expect(python.stdout).toBe('ok: 1 documents, 8 spans, 4 links\n')
    expect(python.status).toBe(0)
  })

  it('validate --schema reports roles and relation types the schema does not allow; the Python checker dangling refs', () => {
    const record = seedRecord('2026-11-25T00:00:00.000Z') as { events: { arguments: { role: string; ref: string }[] }[]; relations: { type: string; tail: string }[] }
    const event = record.events[0] as { arguments: { role: string; ref: string }[] }
    event.arguments[0] = { ...(event.arguments[0] as { role: string; ref: string }), role: 'Victim' }
    record.relations[0] = { ...(record.relations[0] as { type: string; tail: string }), type: 'allied_with' }
    writeFileSync(join(dir, 'roles.jsonl'), `${JSON.stringify(record)}\n`)
    const validated = runGoldspan(dir, 'validate', 'roles.jsonl', '--schema', join('project', 'goldspan.json'))
    expect(validated.stdout).toBe(
      'roles.jsonl:1: event "E1" argument 0 (Victim): Attack has no role "Victim"\n' +
        'roles.jsonl:1: relation "R1": allied_with starts from PER, ORG, GPE, not LOC\n'
    )
    expect(validated.status).toBe(1)
    expect(runGoldspan(dir, 'validate', 'roles.jsonl').status).toBe(0)

    record.relations[0] = { ...(record.relations[0] as { type: string; tail: string }), tail: 'T9' }
    writeFileSync(join(dir, 'dangling.jsonl'), `${JSON.stringify(record)}\n`)
    const python = runPython(dir, checkOffsetsScript, 'dangling.jsonl')
    expect(python.stdout).toBe("dangling.jsonl:1: seed relation R1 tail: no id 'T9'\n")
    expect(python.status).toBe(1)
  })
})
