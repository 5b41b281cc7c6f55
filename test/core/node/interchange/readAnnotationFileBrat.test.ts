import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAnnotationConf } from '../../../../src/core/formats/brat'
import { readAnnotationFile } from '../../../../src/core/node/interchange/readAnnotationFile'

// The app's Import dialog reads foreign files through readAnnotationFile: a brat folder's
// events, relations and attributes must come along as the CLI's import brings them.
const FIXTURE = resolve(__dirname, '../../../fixtures/brat-events')

describe('readAnnotationFile on a brat folder', () => {
  it('carries its events with their arguments, its relation and its attributes', async () => {
    const { schema } = readAnnotationConf(readFileSync(join(FIXTURE, 'annotation.conf'), 'utf8'), 'annotation.conf', 'idlib')
    if (!schema) throw new Error('the fixture annotation.conf did not read')
    const read = await readAnnotationFile(FIXTURE, 'brat', { schema, documents: [], readAt: '2026-11-25T21:00:00.000Z' })
    expect(read.problems).toEqual([])
    const [record] = read.records
    // idlib.ann: E1 Attack (Attacker, Target, Time) and E2 Death (Victim, Cause = E1, Place); R1 located_in; A1 Modality asserted on E1.
    expect(record?.events.map((event) => [event.type, event.arguments.map((argument) => argument.role)])).toEqual([
      ['Attack', ['Attacker', 'Target', 'Time']],
      ['Death', ['Victim', 'Cause', 'Place']]
    ])
    expect(record?.relations.map((relation) => relation.type)).toEqual(['located_in'])
    expect(record?.events[0]?.attributes).toMatchObject({ Modality: 'asserted' })
  })
})
