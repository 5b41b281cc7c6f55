import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { conflictNewsSchema, defaultSchema, parseSchema } from '../../../src/core/schema'

const shippedJson = JSON.parse(readFileSync(new URL('../../../datasets/conflict-news.schema.json', import.meta.url), 'utf8')) as unknown

describe('conflictNewsSchema', () => {
  it('is a valid schema with the types the seed-gold issue asks for', () => {
    const schema = parseSchema(conflictNewsSchema, 'conflict-news')
    expect(schema.entityTypes.map((type) => type.name)).toEqual(['PER', 'ARMED', 'ORG', 'GPE', 'LOC', 'FAC', 'DATE', 'WEAPON'])
    expect(schema.eventTypes.map((type) => type.name)).toEqual(['Attack', 'Clash', 'Capture', 'Withdrawal', 'Death', 'Destruction', 'Movement'])
    expect(schema.attributes?.find((attribute) => attribute.name === 'Modality')?.values).toEqual(['asserted', 'reported', 'hypothetical', 'negated'])
  })

  it('keeps every label and hotkey of the default schema, so work made with one opens with the other', () => {
    const hotkeys = new Map([...conflictNewsSchema.entityTypes, ...conflictNewsSchema.eventTypes].map((type) => [type.name, type.hotkey]))
    for (const type of [...defaultSchema.entityTypes, ...defaultSchema.eventTypes]) expect(hotkeys.get(type.name), type.name).toBe(type.hotkey)
  })

  it('gives every type a hotkey and a distinct colour', () => {
    const types = [...conflictNewsSchema.entityTypes, ...conflictNewsSchema.eventTypes]
    expect(types.every((type) => type.hotkey !== undefined)).toBe(true)
    expect(new Set(types.map((type) => type.color.toLowerCase())).size).toBe(types.length)
  })

  it('is shipped as datasets/conflict-news.schema.json for `goldspan import --schema`', () => {
    expect(shippedJson).toEqual(conflictNewsSchema)
  })
})
