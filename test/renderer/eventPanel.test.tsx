// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { EventPanel } from '../../src/renderer/components/EventPanel'
import { SpanAttributes } from '../../src/renderer/components/SpanAttributes'
import { afterPaint, renderWithServices, servicesOnSeed, unmountAll } from './renderWithServices'

const SEED = 'l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe terroriste Daech dans la région d’al-Safa'

afterEach(unmountAll)

async function setup() {
  const { services, store } = await servicesOnSeed(SEED)
  const at = (text: string) => SEED.indexOf(text)
  const army = store.addSpan(at('l’armée'), at('l’armée') + 'l’armée de l’air russe'.length, 'ORG')
  const attack = store.addSpan(at('bombardé'), at('bombardé') + 'bombardé'.length, 'Attack')
  const daech = store.addSpan(at('groupe'), at('groupe') + 'groupe terroriste Daech'.length, 'ORG')
  const container = renderWithServices(
    services,
    <>
      <EventPanel document={store} />
      <SpanAttributes span={store.findSpan(attack.id)!} schema={services.session.getState().project!.schema} readOnly={false} />
    </>
  )
  return { services, store, container, army, attack, daech }
}

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-testid="event-role"]')].map(
    (row) => `${row.dataset.role}${row.dataset.missing === 'true' ? ' (missing)' : ''}: ${[...row.querySelectorAll<HTMLElement>('[data-testid="role-filler"]')].map((filler) => filler.dataset.ref).join(',')}`
  )

describe('EventPanel', () => {
  it('lists the Attack roles in schema order, flags the missing required Target, and fills it by choice', async () => {
    const { services, container, attack, daech } = await setup()
    act(() => services.commands.selectSpan(attack.id))
    await afterPaint()
    expect(rows(container)).toEqual(['Attacker: ', 'Target (missing): ', 'Place: ', 'Time: ', 'Instrument: '])
    act(() => services.commands.startArgument())
    await afterPaint()
    act(() => services.commands.selectSpan(daech.id))
    await afterPaint()
    // The panel stays on the event and offers the ORG's roles as numbered buttons.
    const choices = [...container.querySelectorAll('[data-testid="link-choice"]')].map((button) => button.textContent)
    expect(choices).toEqual(['1 Attacker', '2 Target'])
    act(() => (container.querySelectorAll<HTMLButtonElement>('[data-testid="link-choice"]')[1] as HTMLButtonElement).click())
    await afterPaint()
    expect(rows(container)).toEqual(['Attacker: ', `Target: ${daech.id}`, 'Place: ', 'Time: ', 'Instrument: '])
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="remove-argument"]')!.click())
    await afterPaint()
    expect(rows(container)[1]).toBe('Target (missing): ')
  })

  it('shows an entity’s uses and relations, and sets attributes from the selects', async () => {
    const { services, store, container, army, attack, daech } = await setup()
    act(() => {
      store.addArgument(attack.id, army.id, 'Attacker')
      store.addRelation(army.id, daech.id, 'allied_with')
    })
    await afterPaint()
    act(() => services.commands.selectSpan(army.id))
    await afterPaint()
    expect(container.querySelector('[data-testid="event-panel"] h2')?.textContent).toBe(`Links ${army.id}`)
    expect([...container.querySelectorAll('[data-testid="used-by"], [data-testid="relation"]')].map((item) => item.textContent)).toEqual([
      'Attacker of Attack “bombardé”',
      'allied_with → groupe terroriste Daech ×'
    ])
    const modality = container.querySelector<HTMLSelectElement>('[data-attribute="Modality"]')!
    expect([...modality.options].map((option) => option.value)).toEqual(['', 'asserted', 'hypothetical', 'negated', 'reported'])
    act(() => {
      modality.value = 'negated'
      modality.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await afterPaint()
    expect(store.findSpan(attack.id)?.attributes).toEqual({ Modality: 'negated' })
  })
})
