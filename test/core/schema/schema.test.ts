import { describe, expect, it } from 'vitest'
import { defaultSchema, findLabel, parseSchema, type Schema } from '../../../src/core/schema'
import { schemaError } from './schemaError'

const minimal = (): Schema => ({
  version: 1,
  name: 'test',
  entityTypes: [
    { name: 'PER', color: '#ff0000', hotkey: 'p' },
    { name: 'ORG', color: '#00ff00', hotkey: 'o' }
  ],
  eventTypes: [{ name: 'Attack', color: '#0000ff', hotkey: 'a' }]
})

describe('parseSchema', () => {
  it('accepts the default schema unchanged', () => {
    expect(parseSchema(defaultSchema, 'default')).toEqual(defaultSchema)
  })

  it('accepts a minimal schema and keeps optional fields absent', () => {
    const schema = parseSchema({ version: 1, name: 'x', entityTypes: [{ name: 'A', color: '#abcdef' }], eventTypes: [] }, 'x')
    expect(schema.entityTypes[0]).toEqual({ name: 'A', color: '#abcdef' })
  })

  it('rejects a label name used twice, across entity and event types, naming both places', () => {
    const schema = minimal()
    schema.eventTypes[0] = { name: 'PER', color: '#0000ff' }
    expect(schemaError(schema)).toBe('schema.json: invalid schema: eventTypes[0].name: duplicate label "PER" (also at entityTypes[0])')
  })

  it('rejects a hotkey used twice, naming the label that has it', () => {
    const schema = minimal()
    schema.entityTypes[1] = { name: 'ORG', color: '#00ff00', hotkey: 'p' }
    expect(schemaError(schema)).toBe('schema.json: invalid schema: entityTypes[1].hotkey: hotkey "p" already used by PER')
  })

  it.each(['red', '#fff', '#12345g', 'ff0000', '#ff00001'])('rejects the colour %j', (color) => {
    const schema = minimal()
    schema.entityTypes[0] = { name: 'PER', color }
    expect(schemaError(schema)).toBe('schema.json: invalid schema: entityTypes[0].color: must be a #rrggbb colour')
  })

  it('rejects hotkeys that are not one lowercase letter or digit', () => {
    const schema = minimal()
    schema.eventTypes[0] = { name: 'Attack', color: '#0000ff', hotkey: 'A' }
    expect(schemaError(schema)).toBe('schema.json: invalid schema: eventTypes[0].hotkey: must be one lowercase letter or digit')
  })

  it('rejects label names that other formats cannot carry', () => {
    const schema = minimal()
    schema.entityTypes[0] = { name: 'Person name', color: '#ff0000' }
    expect(schemaError(schema)).toMatch(/^schema\.json: invalid schema: entityTypes\[0\]\.name: must start with a letter/)
  })

  it('rejects unknown keys, naming where they are', () => {
    const typo = { ...minimal(), entityTypes: [{ name: 'PER', colour: '#ff0000', color: '#ff0000' }] }
    const message = schemaError(typo)
    expect(message).toMatch(/^schema\.json: invalid schema: entityTypes\[0\]: /)
    expect(message).toContain('"colour"')
    expect(schemaError({ ...minimal(), relations: [] })).toMatch(/^schema\.json: invalid schema: \(root\): .*"relations"/)
  })

  it('rejects a schema without any type', () => {
    expect(schemaError({ version: 1, name: 'x', entityTypes: [], eventTypes: [] })).toBe(
      'schema.json: invalid schema: (root): a schema needs at least one entity or event type'
    )
  })

  it('rejects a wrong version and reports every problem at once', () => {
    const message = schemaError({ ...minimal(), version: 2, name: '' })
    expect(message).toMatch(/version: /)
    expect(message).toMatch(/name: /)
  })
})

describe('findLabel', () => {
  it('says whether a label is an entity or an event type', () => {
    expect(findLabel(minimal(), 'ORG')?.kind).toBe('entity')
    expect(findLabel(minimal(), 'Attack')?.kind).toBe('event')
    expect(findLabel(minimal(), 'attack')).toBeUndefined()
  })
})
