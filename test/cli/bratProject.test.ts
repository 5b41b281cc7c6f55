import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir, repositoryRoot, runGoldspan } from './runGoldspan'

// The brat project of test/fixtures/brat-events (events, roles, attributes, a note, emoji
// and CRLF), through the command line: its annotation.conf becomes the project schema,
// its annotations come in intact, and out to brat and back they stay the same.
const fixture = join(repositoryRoot, 'test', 'fixtures', 'brat-events')

interface Record {
  entities: Array<{ id: string; start: number; end: number; label: string; attributes: { [name: string]: string } }>
  events: Array<{ id: string; type: string; trigger: { start: number; end: number }; arguments: Array<{ role: string; ref: string }>; attributes: { [name: string]: string } }>
  relations: Array<{ id: string; type: string; head: string; tail: string }>
}

describe('a brat project with events through goldspan import, import-annotations and export', { timeout: 180_000 }, () => {
  let dir = ''

  function exported(annotator: string): Record {
    const out = `${annotator}.jsonl`
    const result = runGoldspan(dir, 'export', '--project', 'project', '--annotator', annotator, '--offset-unit', 'utf16', '--out', out)
    expect(result.status).toBe(0)
    return JSON.parse(readFileSync(join(dir, out), 'utf8')) as Record
  }

  beforeAll(() => {
    dir = makeTempDir()
    const created = runGoldspan(dir, 'import', fixture, '--project', 'project', '--schema', join(fixture, 'annotation.conf'))
    expect(created.status).toBe(0)
    expect(created.stdout).toContain('imported 1 document(s)')
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports the events with their roles, the attributes, the note and the relation; reports the rest', () => {
    const result = runGoldspan(dir, 'import-annotations', fixture, '--format', 'brat', '--project', 'project', '--annotator', 'brat')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('imported 1 document(s), 6 span(s), as brat')
    expect(result.stderr.split('\n').filter((line) => line.startsWith('not carried'))).toEqual([
      'not carried: idlib: T7 PER 46 50;51 57 Deux civils: discontinuous span (2 fragments) cannot be carried by goldspan',
      'not carried: idlib: N1 Reference T4 Wikidata:Q180754 Idlib: normalizations (links to external databases) are not carried'
    ])
    const record = exported('brat')
    // UTF-16 offsets: one more than brat's code points after the rocket (see bratProject.test.ts in core).
    expect(record.entities.map(({ id, start, end, label, attributes }) => `${id} ${label} ${start}-${end} ${JSON.stringify(attributes)}`)).toEqual([
      'T1 DATE 3-9 {}',
      'T2 ORG 14-27 {"Note":"VKS"}',
      'T4 GPE 39-44 {}',
      'T5 PER 52-58 {}'
    ])
    expect(record.events.map(({ id, type, trigger, arguments: args, attributes }) => `${id} ${type} ${trigger.start}-${trigger.end} ${args.map(({ role, ref }) => `${role}:${ref}`).join(' ')} ${JSON.stringify(attributes)}`)).toEqual([
      'T3 Attack 30-38 Attacker:T2 Target:T4 Time:T1 {"Modality":"asserted"}',
      'T6 Death 64-69 Victim:T5 Cause:T3 Place:T4 {"Uncertain":"true"}'
    ])
    expect(record.relations).toEqual([{ id: 'R1', type: 'located_in', head: 'T5', tail: 'T4' }])
  })

  it('exports to brat and imports back the same annotations', () => {
    const out = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'brat', '--format', 'brat', '--out', 'again')
    expect(out.status).toBe(0)
    expect(out.stderr).toBe('')
    const conf = readFileSync(join(dir, 'again', 'annotation.conf'), 'utf8')
    expect(conf).toContain('Attack\tAttacker*:PER|ORG|GPE, Target+:PER|ORG|GPE, Time?:DATE\n')
    expect(conf).toContain('Uncertain\tArg:Attack|Death\n')
    const back = runGoldspan(dir, 'import-annotations', 'again', '--format', 'brat', '--project', 'project', '--annotator', 'again')
    expect(back.stderr).toBe('')
    expect(back.status).toBe(0)
    const content = ({ entities, events, relations }: Record): Record => ({ entities, events, relations })
    expect(content(exported('again'))).toEqual(content(exported('brat')))
  })
})
