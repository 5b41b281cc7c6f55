// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { Connection } from '../../src/renderer/api/connectApi'
import { EventPanel } from '../../src/renderer/components/EventPanel'
import { ServicesContext } from '../../src/renderer/components/servicesContext'
import { SpanAttributes } from '../../src/renderer/components/SpanAttributes'
import { createAppServices } from '../../src/renderer/state/appServices'
import { createFakeApi } from './fakeApi'

// React's act() outside a test framework integration needs this flag.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const SEED = 'l’armée de l’air russe a à plusieurs reprises bombardé les positions du groupe terroriste Daech dans la région d’al-Safa'

let root: Root | null = null

afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function setup() {
  const fake = createFakeApi({ seed: SEED })
  const connection = { api: fake.api, mode: 'web', onMenuCommand: () => () => undefined } as unknown as Connection
  const services = createAppServices(connection)
  await services.session.start()
  const store = services.session.getState().document
  if (!store) throw new Error('no document opened')
  const at = (text: string) => SEED.indexOf(text)
  const army = store.addSpan(at('l’armée'), at('l’armée') + 'l’armée de l’air russe'.length, 'ORG')
  const attack = store.addSpan(at('bombardé'), at('bombardé') + 'bombardé'.length, 'Attack')
  const daech = store.addSpan(at('groupe'), at('groupe') + 'groupe terroriste Daech'.length, 'ORG')
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() =>
    root!.render(
      <ServicesContext.Provider value={services}>
        <EventPanel document={store} />
        <SpanAttributes span={store.findSpan(attack.id)!} schema={services.session.getState().project!.schema} readOnly={false} />
      </ServicesContext.Provider>
    )
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
    expect(rows(container)).toEqual(['Attacker: ', 'Target (missing): ', 'Place: ', 'Time: ', 'Instrument: '])
    act(() => services.commands.startArgument())
    act(() => services.commands.selectSpan(daech.id))
    // The panel stays on the event and offers the ORG's roles as numbered buttons.
    const choices = [...container.querySelectorAll('[data-testid="link-choice"]')].map((button) => button.textContent)
    expect(choices).toEqual(['1 Attacker', '2 Target'])
    act(() => (container.querySelectorAll<HTMLButtonElement>('[data-testid="link-choice"]')[1] as HTMLButtonElement).click())
    expect(rows(container)).toEqual(['Attacker: ', `Target: ${daech.id}`, 'Place: ', 'Time: ', 'Instrument: '])
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="remove-argument"]')!.click())
    expect(rows(container)[1]).toBe('Target (missing): ')
  })

  it('shows an entity’s uses and relations, and sets attributes from the selects', async () => {
    const { services, store, container, army, attack, daech } = await setup()
    act(() => {
      store.addArgument(attack.id, army.id, 'Attacker')
      store.addRelation(army.id, daech.id, 'allied_with')
    })
    act(() => services.commands.selectSpan(army.id))
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
    expect(store.findSpan(attack.id)?.attributes).toEqual({ Modality: 'negated' })
  })
})
