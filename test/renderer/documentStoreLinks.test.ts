import { describe, expect, it } from 'vitest'
import type { DocumentAnnotations } from '../../src/core/model'
import { defaultSchema } from '../../src/core/schema'
import { DocumentStore, EditRefused } from '../../src/renderer/state/documentStore'
import { emptyAnnotations } from './annotationsFixture'

const TEXT = 'Les forces russes ont frappé Idlib.'

function makeStore() {
  const saved: DocumentAnnotations[] = []
  let tick = 0
  const store = new DocumentStore(
    { id: 'doc1', text: TEXT, sha256: 'c'.repeat(64), annotations: emptyAnnotations('doc1') },
    {
      schema: defaultSchema,
      save: async (annotations) => {
        saved.push(annotations)
        return { savedAt: '2026-01-01T12:00:00.000Z' }
      },
      now: () => `2026-01-01T10:00:${String(tick++).padStart(2, '0')}.000Z`
    }
  )
  // "forces russes" ORG, "frappé" Attack, "Idlib" GPE
  const forces = store.addSpan(4, 17, 'ORG').id
  const attack = store.addSpan(22, 28, 'Attack').id
  const idlib = store.addSpan(29, 34, 'GPE').id
  return { store, saved, forces, attack, idlib }
}

describe('DocumentStore links', () => {
  it('adds only the roles the schema offers for the pair', () => {
    const { store, attack, forces, idlib } = makeStore()
    store.addArgument(attack, forces, 'Attacker')
    // An ORG cannot be the Place (GPE or LOC only).
    expect(() => store.addArgument(attack, forces, 'Place')).toThrow(EditRefused)
    // Place does not repeat: the GPE takes it once.
    store.addArgument(attack, idlib, 'Place')
    expect(() => store.addArgument(attack, idlib, 'Place')).toThrow(/not allowed by the schema, or already filled/)
    expect(store.findSpan(attack)?.arguments).toEqual([
      { role: 'Attacker', ref: forces },
      { role: 'Place', ref: idlib }
    ])
  })

  it('adds allowed relations once, and refuses others', () => {
    const { store, forces, idlib } = makeStore()
    const relation = store.addRelation(forces, idlib, 'located_in')
    expect(relation).toEqual({ id: 'R1', type: 'located_in', head: forces, tail: idlib })
    expect(store.addRelation(forces, idlib, 'located_in')).toBe(store.annotations.relations[0])
    expect(store.annotations.relations).toHaveLength(1)
    // located_in needs a place (GPE or LOC) as its tail: an ORG tail is refused.
    expect(() => store.addRelation(idlib, forces, 'located_in')).toThrow(EditRefused)
    store.removeRelation('R1')
    expect(store.annotations.relations).toEqual([])
  })

  it('relabelling a trigger to an entity drops its arguments in one undoable step', () => {
    const { store, attack, forces } = makeStore()
    store.addArgument(attack, forces, 'Attacker')
    store.relabelSpan(attack, 'ORG')
    expect(store.findSpan(attack)).toMatchObject({ label: 'ORG' })
    expect(store.findSpan(attack)?.arguments).toBeUndefined()
    store.undo()
    expect(store.findSpan(attack)).toMatchObject({ label: 'Attack', arguments: [{ role: 'Attacker', ref: forces }] })
  })

  it('removes a span with its links, returns where it was used, and saves every step', async () => {
    const { store, saved, attack, forces, idlib } = makeStore()
    store.addArgument(attack, forces, 'Attacker')
    store.addRelation(forces, idlib, 'located_in')
    const usages = store.removeSpan(forces)
    expect(usages).toEqual([
      { kind: 'argument', eventId: attack, eventType: 'Attack', index: 0, role: 'Attacker' },
      { kind: 'relation', relationId: 'R1', type: 'located_in', end: 'head' }
    ])
    expect(store.annotations.spans.map((span) => span.id)).toEqual([attack, idlib])
    await store.saves.whenSaved()
    const last = saved[saved.length - 1]
    expect(last?.relations).toEqual([])
    expect(last?.spans.find((span) => span.id === attack)?.arguments).toBeUndefined()
  })

  it('refuses link edits in a read-only document', () => {
    const { store } = makeStore()
    const readOnly = new DocumentStore(
      { id: 'doc1', text: TEXT, sha256: 'c'.repeat(64), annotations: store.annotations },
      { schema: defaultSchema, save: async () => ({ savedAt: '' }), now: () => '2026-01-01T10:00:00.000Z', readOnlyReason: 'bad JSON' }
    )
    const [forces, attack] = [store.annotations.spans[0]!.id, store.annotations.spans[1]!.id]
    expect(() => readOnly.addArgument(attack, forces, 'Attacker')).toThrow(/read-only/)
    expect(() => readOnly.setAttribute(attack, 'Modality', 'negated')).toThrow(/read-only/)
  })
})
