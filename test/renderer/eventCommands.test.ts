// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { AnnotationCommands } from '../../src/renderer/state/annotationCommands'
import { linkChoices } from '../../src/renderer/state/linkModeStore'
import { SelectionStore } from '../../src/renderer/state/selectionStore'
import { SessionStore } from '../../src/renderer/state/sessionStore'
import { ViewStore } from '../../src/renderer/state/viewStore'
import { defaultSchema } from '../../src/core/schema'
import { createFakeApi } from './fakeApi'

const SEED = 'l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe terroriste Daech dans la région d’al-Safa'

async function setup() {
  const fake = createFakeApi({ seed: SEED })
  const session = new SessionStore(fake.api, () => '2026-01-01T10:00:00.000Z')
  await session.start()
  const selection = new SelectionStore()
  const view = new ViewStore()
  const commands = new AnnotationCommands(session, selection, view)
  const document = session.getState().document
  if (!document) throw new Error('no document opened')
  /** Labels the first occurrence of `text` and returns the new span's id. */
  const label = (text: string, type: string): string => {
    const start = SEED.indexOf(text)
    commands.selectText(start, start + text.length, true)
    commands.label(type)
    const id = selection.getState().selectedSpanId
    if (!id) throw new Error(`"${text}" was not labelled: ${view.getState().notice}`)
    return id
  }
  const selectedId = () => selection.getState().selectedSpanId
  return { fake, session, selection, view, commands, document, label, selectedId }
}

describe('events, arguments and relations in the editor', () => {
  it('attaches Attacker, Target and Place by keyboard and adds a relation; the roles offered are the schema’s', async () => {
    const { commands, document, label, selectedId, fake } = await setup()
    const army = label('armée de l’air russe', 'ORG')
    const daech = label('groupe terroriste Daech', 'ORG')
    const place = label('région d’al-Safa', 'LOC')
    const attack = label('bombardé', 'Attack')

    commands.startArgument() // Shift+A on the selected event
    commands.selectSpan(army) // as Tab would
    // Attack roles accepting an ORG, in schema order: Attacker (PER/ORG/GPE), Target (actors, LOC, WEAPON).
    expect(linkChoices(defaultSchema, document.annotations, commands.linkMode.getState()!, army)).toEqual(['Attacker', 'Target'])
    expect(commands.chooseLink(0)).toBe(true)
    expect(selectedId()).toBe(attack) // back on the event for the next argument
    expect(commands.linkMode.getState()).toBeNull()

    commands.startArgument()
    commands.selectSpan(daech)
    commands.chooseLink(1) // Target
    commands.startArgument()
    commands.selectSpan(place)
    // A LOC may be Target or Place (GPE/LOC); Attacker takes no LOC.
    expect(linkChoices(defaultSchema, document.annotations, commands.linkMode.getState()!, place)).toEqual(['Target', 'Place'])
    commands.chooseLink(1)

    expect(document.findSpan(attack)?.arguments).toEqual([
      { role: 'Attacker', ref: army },
      { role: 'Target', ref: daech },
      { role: 'Place', ref: place }
    ])

    commands.selectSpan(daech)
    commands.startRelation() // Shift+L
    commands.selectSpan(place)
    // ORG → LOC: located_in (actors → places) and part_of (ORG/GPE/LOC both ends); allied_with needs an actor tail.
    expect(linkChoices(defaultSchema, document.annotations, commands.linkMode.getState()!, place)).toEqual(['located_in', 'part_of'])
    commands.chooseLink(0)
    expect(document.annotations.relations).toEqual([{ id: 'R1', type: 'located_in', head: daech, tail: place }])
    expect(selectedId()).toBe(daech)

    await document.saves.whenSaved()
    const last = fake.saved[fake.saved.length - 1]
    expect(last?.relations).toHaveLength(1)
    expect(last?.spans.find((span) => span.id === attack)?.arguments).toHaveLength(3)
  })

  it('refuses a digit past the choices, and a role already filled that does not repeat', async () => {
    const { commands, document, label, view } = await setup()
    const place = label('région d’al-Safa', 'LOC')
    const attack = label('bombardé', 'Attack')
    commands.startArgument()
    commands.chooseLink(0) // still on the event itself
    expect(view.getState().notice).toBe('Tab to (or click) the span to link first.')
    commands.selectSpan(place)
    commands.chooseLink(4)
    expect(view.getState().notice).toBe(`${place} offers no choice 5 here.`)
    commands.chooseLink(1) // Place
    commands.startArgument()
    commands.selectSpan(place)
    // Place is filled and does not repeat: only Target is left for this LOC.
    expect(linkChoices(defaultSchema, document.annotations, commands.linkMode.getState()!, place)).toEqual(['Target'])
    commands.escape()
    expect(commands.linkMode.getState()).toBeNull()
    expect(document.findSpan(attack)?.arguments).toEqual([{ role: 'Place', ref: place }])
  })

  it('a role chosen in the panel first is completed by a click on its filler', async () => {
    const { commands, document, label, selectedId } = await setup()
    const army = label('armée de l’air russe', 'ORG')
    const attack = label('bombardé', 'Attack')
    commands.startArgument('Attacker')
    commands.clickSpans([army])
    expect(document.findSpan(attack)?.arguments).toEqual([{ role: 'Attacker', ref: army }])
    expect(selectedId()).toBe(attack)
  })

  it('Shift+A needs a selected event', async () => {
    const { commands, label, view } = await setup()
    label('armée de l’air russe', 'ORG')
    commands.startArgument()
    expect(commands.linkMode.getState()).toBeNull()
    expect(view.getState().notice).toMatch(/Select an event/)
  })

  it('deleting an argument that is also a relation end says where it was used; one undo restores all', async () => {
    const { commands, document, label, view } = await setup()
    const daech = label('groupe terroriste Daech', 'ORG')
    const place = label('région d’al-Safa', 'LOC')
    const attack = label('bombardé', 'Attack')
    document.addArgument(attack, daech, 'Target')
    document.addRelation(daech, place, 'located_in')
    const before = document.annotations

    commands.selectSpan(daech)
    commands.deleteSelectedSpan()
    expect(document.findSpan(daech)).toBeUndefined()
    expect(document.findSpan(attack)?.arguments).toBeUndefined()
    expect(document.annotations.relations).toEqual([])
    expect(view.getState().notice).toBe(
      `Deleted ${daech} and its use as role Target of event ${attack} (Attack); head of relation R1 (located_in). Ctrl+Z brings all of it back.`
    )
    commands.undo()
    expect(document.annotations.spans).toEqual(before.spans)
    expect(document.annotations.relations).toEqual(before.relations)
    commands.redo()
    expect(document.annotations.relations).toEqual([])
  })

  it('sets attributes the schema declares, refuses other values, and undoes them', async () => {
    const { commands, document, label, view } = await setup()
    const attack = label('bombardé', 'Attack')
    commands.setAttribute(attack, 'Modality', 'reported')
    commands.setAttribute(attack, 'Note', 'à plusieurs reprises')
    expect(document.findSpan(attack)?.attributes).toEqual({ Modality: 'reported', Note: 'à plusieurs reprises' })
    commands.setAttribute(attack, 'Modality', 'maybe')
    expect(view.getState().notice).toMatch(/Modality/)
    expect(document.findSpan(attack)?.attributes?.Modality).toBe('reported')
    commands.setAttribute(attack, 'Note', null)
    expect(document.findSpan(attack)?.attributes).toEqual({ Modality: 'reported' })
    commands.undo()
    commands.undo()
    expect(document.findSpan(attack)?.attributes).toEqual({ Modality: 'reported' })
  })
})
