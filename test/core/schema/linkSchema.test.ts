import { describe, expect, it } from 'vitest'
import {
  allowedRelationTypes,
  allowedRoles,
  attributesFor,
  defaultSchema,
  findAttributeProblem,
  findRelationTypeProblem,
  findRoleProblem,
  parseSchema
} from '../../../src/core/schema'
import { schemaError } from './schemaError'

/** A version-1 schema (no roles, relation types or attributes) plus whatever `extra` sets. */
function schemaWith(extra: Record<string, unknown> = {}, roles?: unknown): Record<string, unknown> {
  return {
    version: 1,
    name: 's',
    entityTypes: [
      { name: 'PER', color: '#ff0000' },
      { name: 'GPE', color: '#00ff00' }
    ],
    eventTypes: [{ name: 'Attack', color: '#0000ff', ...(roles === undefined ? {} : { roles }) }],
    ...extra
  }
}

describe('schema roles, relation types and attributes', () => {
  it('keeps a version-1 schema valid and unchanged: the new keys are optional', () => {
    const plain = schemaWith()
    expect(parseSchema(plain, 's')).toEqual(plain)
  })

  it('accepts the default schema with its roles, relation types and attributes', () => {
    const schema = parseSchema(defaultSchema, 'default')
    expect(schema.eventTypes.find((type) => type.name === 'Attack')?.roles?.map((role) => role.name)).toEqual([
      'Attacker',
      'Target',
      'Place',
      'Time',
      'Instrument'
    ])
    expect(schema.relationTypes?.map((type) => type.name)).toEqual(['located_in', 'allied_with', 'part_of'])
    expect(schema.attributes?.map((attribute) => attribute.name)).toEqual(['Modality', 'Polarity', 'Note'])
  })

  it('names the path of a role type that is no entity or event type', () => {
    const value = schemaWith({}, [{ name: 'Attacker', types: ['PER', 'ORG'] }])
    expect(schemaError(value)).toBe('schema.json: invalid schema: eventTypes[0].roles[0].types[1]: "ORG" is not an entity or event type of this schema')
  })

  it('refuses a role name used twice in one event type, and a role without types', () => {
    const twice = schemaWith({}, [
      { name: 'Place', types: ['GPE'] },
      { name: 'Place', types: ['GPE'] }
    ])
    expect(schemaError(twice)).toBe('schema.json: invalid schema: eventTypes[0].roles[1]: duplicate role "Place" (also at [0])')
    expect(schemaError(schemaWith({}, [{ name: 'Place', types: [] }]))).toMatch(/^schema\.json: invalid schema: eventTypes\[0\]\.roles\[0\]\.types: /)
  })

  it('names unknown relation ends and a relation type named like a label', () => {
    const unknownTail = schemaWith({ relationTypes: [{ name: 'located_in', head: ['PER'], tail: ['LOC'] }] })
    expect(schemaError(unknownTail)).toBe('schema.json: invalid schema: relationTypes[0].tail[0]: "LOC" is not an entity or event type of this schema')
    const clash = schemaWith({ relationTypes: [{ name: 'PER', head: ['PER'], tail: ['GPE'] }] })
    expect(schemaError(clash)).toBe('schema.json: invalid schema: relationTypes[0].name: "PER" is already an entity or event type')
  })

  it('checks attribute targets, and wants either values or kind "text"', () => {
    const unknownTarget = schemaWith({ attributes: [{ name: 'Modality', appliesTo: ['Attack', 'Death'], values: ['asserted'] }] })
    expect(schemaError(unknownTarget)).toBe('schema.json: invalid schema: attributes[0].appliesTo[1]: "Death" is not an entity or event type of this schema')
    const both = schemaWith({ attributes: [{ name: 'Note', appliesTo: 'all', values: ['a'], kind: 'text' }] })
    expect(schemaError(both)).toBe('schema.json: invalid schema: attributes[0]: give either "values" (a list) or "kind": "text", not both or neither')
    const neither = schemaWith({ attributes: [{ name: 'Note', appliesTo: 'all' }] })
    expect(schemaError(neither)).toBe('schema.json: invalid schema: attributes[0]: give either "values" (a list) or "kind": "text", not both or neither')
    const repeatedValue = schemaWith({ attributes: [{ name: 'Polarity', appliesTo: 'all', values: ['positive', 'positive'] }] })
    expect(schemaError(repeatedValue)).toBe('schema.json: invalid schema: attributes[0].values[1]: duplicate value "positive" (also at [0])')
  })
})

describe('what the schema allows', () => {
  it('offers the roles of an event type that take the argument label, in schema order', () => {
    expect(allowedRoles(defaultSchema, 'Attack', 'GPE').map((role) => role.name)).toEqual(['Attacker', 'Target', 'Place'])
    expect(allowedRoles(defaultSchema, 'Attack', 'DATE').map((role) => role.name)).toEqual(['Time'])
    expect(allowedRoles(defaultSchema, 'Death', 'Attack').map((role) => role.name)).toEqual(['Cause'])
    expect(allowedRoles(defaultSchema, 'PER', 'GPE')).toEqual([])
  })

  it('says why a role does not fit', () => {
    expect(findRoleProblem(defaultSchema, 'Attack', 'Place', 'LOC')).toBeNull()
    expect(findRoleProblem(defaultSchema, 'Attack', 'Place', 'PER')).toBe('role Place of Attack takes GPE, LOC, not PER')
    expect(findRoleProblem(defaultSchema, 'Clash', 'Attacker', 'ORG')).toBe('Clash has no role "Attacker"')
  })

  it('offers relation types by the labels of both ends, in their direction', () => {
    expect(allowedRelationTypes(defaultSchema, 'ORG', 'GPE').map((type) => type.name)).toEqual(['located_in', 'allied_with', 'part_of'])
    expect(allowedRelationTypes(defaultSchema, 'Attack', 'LOC').map((type) => type.name)).toEqual(['located_in'])
    expect(allowedRelationTypes(defaultSchema, 'GPE', 'Attack')).toEqual([])
    expect(findRelationTypeProblem(defaultSchema, 'located_in', 'DATE', 'GPE')).toBe('located_in starts from PER, ORG, GPE, LOC, Attack, Clash, Death, Withdrawal, not DATE')
    expect(findRelationTypeProblem(defaultSchema, 'enemy_of', 'PER', 'PER')).toBe('unknown relation type "enemy_of"')
  })

  it('lists the attributes of a label and checks their values', () => {
    expect(attributesFor(defaultSchema, 'Attack').map((attribute) => attribute.name)).toEqual(['Modality', 'Polarity', 'Note'])
    expect(attributesFor(defaultSchema, 'PER').map((attribute) => attribute.name)).toEqual(['Note'])
    expect(findAttributeProblem(defaultSchema, 'Attack', 'Modality', 'reported')).toBeNull()
    expect(findAttributeProblem(defaultSchema, 'Attack', 'Modality', 'likely')).toBe(
      'attribute Modality takes "asserted", "hypothetical", "negated", "reported", not "likely"'
    )
    expect(findAttributeProblem(defaultSchema, 'PER', 'Modality', 'asserted')).toBe('PER has no attribute "Modality"')
    expect(findAttributeProblem(defaultSchema, 'PER', 'Note', 'any text at all')).toBeNull()
  })
})
