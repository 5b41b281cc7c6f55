import { describe, expect, it } from 'vitest'
import { BRAT_TYPE_PALETTE, buildAnnotationConf, NOTE_ATTRIBUTE_DEFINITION, readAnnotationConf, writeAnnotationConf } from '../../../../src/core/formats/brat'
import { defaultSchema } from '../../../../src/core/schema'

const conf = `# Conflict news
[entities]
!Agent
\tPER
\tORG
GPE
-
WEAPON

[relations]
<LOC>=GPE
allied_with Arg1:ORG, Arg2:ORG, <REL-TYPE>:symmetric
<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attack\tAttacker:ORG|PER, Target?:ORG, Place?:<LOC>, Instrument*:WEAPON, Agent?:Agent
Clash\tParticipant+:PER|ORG|Clash
Death

[attributes]
Negation Arg:<EVENT>
Confidence Arg:<ANY>, Value:High|Neutral|Low
Certain Arg:allied_with
`

describe('brat annotation.conf', () => {
  it('turns types, roles, relations and attributes into a schema with deterministic colours and reports the rest', () => {
    const result = readAnnotationConf(conf, 'annotation.conf', 'conflict')
    expect(result.errors).toEqual([])
    expect(result.schema).toEqual({
      version: 1,
      name: 'conflict',
      entityTypes: [
        { name: 'PER', color: BRAT_TYPE_PALETTE[0] },
        { name: 'ORG', color: BRAT_TYPE_PALETTE[1] },
        { name: 'GPE', color: BRAT_TYPE_PALETTE[2] },
        { name: 'WEAPON', color: BRAT_TYPE_PALETTE[3] }
      ],
      eventTypes: [
        {
          name: 'Attack',
          color: BRAT_TYPE_PALETTE[4],
          // No suffix: exactly one (required); ? optional; * any number.
          roles: [
            { name: 'Attacker', types: ['ORG', 'PER'], required: true },
            { name: 'Target', types: ['ORG'] },
            { name: 'Place', types: ['GPE'] },
            { name: 'Instrument', types: ['WEAPON'], repeatable: true }
          ]
        },
        // + : one or more; an event type may fill a role.
        { name: 'Clash', color: BRAT_TYPE_PALETTE[5], roles: [{ name: 'Participant', types: ['PER', 'ORG', 'Clash'], repeatable: true, required: true }] },
        { name: 'Death', color: BRAT_TYPE_PALETTE[6] }
      ],
      relationTypes: [{ name: 'allied_with', head: ['ORG'], tail: ['ORG'] }],
      attributes: [
        { name: 'Negation', appliesTo: ['Attack', 'Clash', 'Death'], values: ['true'] },
        { name: 'Confidence', appliesTo: 'all', values: ['High', 'Neutral', 'Low'] },
        NOTE_ATTRIBUTE_DEFINITION
      ]
    })
    expect(readAnnotationConf(conf, 'annotation.conf', 'conflict')).toEqual(result)
    expect(result.report.map((issue) => `${issue.item}: ${issue.reason}`)).toEqual([
      'entity type !Agent: abstract brat type (grouping only), not annotatable',
      'event type Attack role Agent?:Agent: type Agent: not an entity or event type declared in this file',
      'event type Attack role Agent?:Agent: no declared type can fill it',
      'relation allied_with Arg1:ORG, Arg2:ORG, <REL-TYPE>:symmetric: <REL-TYPE>:symmetric: brat relation options are not carried',
      'relation <OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>: brat overlap rules: goldspan always lets spans overlap',
      'attribute Certain Arg:allied_with: allied_with: attributes of relations are not carried',
      'attribute Certain Arg:allied_with: applies to no declared entity or event type'
    ])
  })

  it('names the line of a bad declaration', () => {
    const result = readAnnotationConf('PER\n[entities]\nPER\nPER\nbad:name\n[colours]\n', 'a.conf')
    expect(result.errors.map((error) => `${error.line}: ${error.reason}`)).toEqual([
      '1: line outside any [section]',
      '4: type "PER" declared twice',
      '5: type "bad:name" is not a valid goldspan label (letters, digits, "_", "-", ".")',
      '6: unknown section [colours]'
    ])
    expect(result.schema?.entityTypes.map((type) => type.name)).toEqual(['PER'])
  })

  it('gives no schema, with a reason, when nothing is declared', () => {
    const result = readAnnotationConf('[entities]\n[events]\n', 'empty.conf')
    expect(result.schema).toBeNull()
    expect(result.errors[0]?.reason).toBe('no entity or event type declared')
  })
})

describe('brat annotation.conf from a schema', () => {
  it('declares every type and reads back to the same names', () => {
    const conf = writeAnnotationConf(defaultSchema)
    expect(conf).toContain('[entities]\nPER\nORG\nGPE\nLOC\nDATE\nWEAPON\n')
    const back = readAnnotationConf(conf, 'annotation.conf')
    expect(back.errors).toEqual([])
    expect(back.schema?.entityTypes.map((type) => type.name)).toEqual(defaultSchema.entityTypes.map((type) => type.name))
    expect(back.schema?.eventTypes.map((type) => type.name)).toEqual(defaultSchema.eventTypes.map((type) => type.name))
  })

  it('writes roles, relations and attributes that read back to the same schema (colours aside)', () => {
    const schema = readAnnotationConf(conf, 'annotation.conf', 'conflict').schema!
    const built = buildAnnotationConf(schema)
    expect(built.report).toEqual([])
    expect(built.conf).toContain('[events]\nAttack\tAttacker:ORG|PER, Target?:ORG, Place?:GPE, Instrument*:WEAPON\nClash\tParticipant+:PER|ORG|Clash\nDeath\n')
    expect(built.conf).toContain('allied_with\tArg1:ORG, Arg2:ORG\n')
    expect(built.conf).toContain('[attributes]\nNegation\tArg:Attack|Clash|Death\nConfidence\tArg:<ANY>, Value:High|Neutral|Low\n')
    expect(built.conf).not.toContain('Note')
    expect(readAnnotationConf(built.conf, 'annotation.conf', 'conflict').schema).toEqual(schema)
  })

  it('reports what brat cannot declare: free-text attributes, values with spaces', () => {
    const schema = {
      ...defaultSchema,
      attributes: [
        { name: 'Comment', appliesTo: 'all' as const, kind: 'text' as const },
        { name: 'Source', appliesTo: ['PER'], values: ['wire service', 'AFP'] }
      ]
    }
    expect(buildAnnotationConf(schema, 'out/annotation.conf').report).toEqual([
      { document: 'out/annotation.conf', item: 'attribute Comment', reason: 'free-text attributes have no brat declaration' },
      { document: 'out/annotation.conf', item: 'attribute Source', reason: 'values "wire service" cannot be brat values (space , | : < >)' }
    ])
  })
})
