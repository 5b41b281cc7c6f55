// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { Connection } from '../../src/renderer/api/connectApi'
import { LabelPalette } from '../../src/renderer/components/LabelPalette'
import { ServicesContext } from '../../src/renderer/components/servicesContext'
import { SpanDetails } from '../../src/renderer/components/SpanDetails'
import { createAppServices } from '../../src/renderer/state/appServices'
import { createFakeApi } from './fakeApi'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const SEED = 'Les combats se sont soldés par la mort de nombreux miliciens de Daesh.'

let root: Root | null = null

afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function render() {
  const fake = createFakeApi({ seed: SEED })
  const connection = { api: fake.api, mode: 'web', onMenuCommand: () => () => undefined } as unknown as Connection
  const services = createAppServices(connection)
  await services.session.start()
  const store = services.session.getState().document
  if (!store) throw new Error('no document opened')
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() =>
    root!.render(
      <ServicesContext.Provider value={services}>
        <LabelPalette />
        <SpanDetails document={store} />
      </ServicesContext.Provider>
    )
  )
  return { services, store, container, schema: services.session.getState().project!.schema }
}

describe('guidelines beside the types', () => {
  it('the palette shows every type’s rule under its button when Guidelines is ticked', async () => {
    const { container, schema } = await render()
    expect(container.querySelectorAll('[data-testid="label-guideline"]')).toHaveLength(0)
    act(() => container.querySelector<HTMLInputElement>('[data-testid="guidelines-toggle"]')!.click())
    const shown = [...container.querySelectorAll('[data-testid="label-guideline"]')].map((item) => item.textContent)
    const expected = [...schema.entityTypes, ...schema.eventTypes].flatMap((type) => (type.description ? [type.description] : []))
    expect(expected.length).toBeGreaterThan(0)
    expect(shown).toEqual(expected)
  })

  it('the selected span’s details show the rule of its label', async () => {
    const { services, store, container, schema } = await render()
    const start = SEED.indexOf('mort')
    act(() => services.commands.selectSpan(store.addSpan(start, start + 'mort'.length, 'Death').id))
    const death = schema.eventTypes.find((type) => type.name === 'Death')!
    expect(container.querySelector('[data-testid="span-guideline"]')?.textContent).toBe(`Death: ${death.description}`)
  })
})
