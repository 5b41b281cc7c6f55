import { describe, expect, it } from 'vitest'
import { BRAT_TYPE_PALETTE, readAnnotationConf, writeAnnotationConf } from '../../../../src/core/formats/brat'
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
allied_with Arg1:ORG, Arg2:ORG
<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attack\tAttacker:ORG|PER, Target?:ORG, Place?:<LOC>
Death

[attributes]
Negation Arg:<EVENT>
`

describe('brat annotation.conf', () => {
  it('turns entities and events into a schema with deterministic colours and reports the rest', () => {
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
        { name: 'Attack', color: BRAT_TYPE_PALETTE[4] },
        { name: 'Death', color: BRAT_TYPE_PALETTE[5] }
      ]
    })
    expect(readAnnotationConf(conf, 'annotation.conf', 'conflict')).toEqual(result)
    expect(result.report.map((issue) => issue.item)).toEqual([
      'entity type !Agent',
      'relation allied_with Arg1:ORG, Arg2:ORG',
      'relation <OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
      'event type Attack Attacker:ORG|PER, Target?:ORG, Place?:<LOC>',
      'attribute Negation Arg:<EVENT>'
    ])
    expect(result.report[3]?.reason).toBe('roles are not carried by the schema yet')
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
    expect(conf).toContain('[events]\nAttack\nClash\nDeath\nWithdrawal\n')
    const back = readAnnotationConf(conf, 'annotation.conf')
    expect(back.errors).toEqual([])
    expect(back.schema?.entityTypes.map((type) => type.name)).toEqual(defaultSchema.entityTypes.map((type) => type.name))
    expect(back.schema?.eventTypes.map((type) => type.name)).toEqual(defaultSchema.eventTypes.map((type) => type.name))
    expect(back.report.map((issue) => issue.item)).toEqual(['relation <OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>'])
  })
})
