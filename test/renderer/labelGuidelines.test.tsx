// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { LabelPalette } from '../../src/renderer/components/LabelPalette'
import { SpanDetails } from '../../src/renderer/components/SpanDetails'
import { afterPaint, renderWithServices, servicesOnSeed, unmountAll } from './renderWithServices'

const SEED = 'Les combats se sont soldés par la mort de nombreux miliciens de Daesh.'

afterEach(unmountAll)

async function render() {
  const { services, store } = await servicesOnSeed(SEED)
  const container = renderWithServices(
    services,
    <>
      <LabelPalette />
      <SpanDetails document={store} />
    </>
  )
  return { services, store, container, schema: services.session.getState().project!.schema }
}

describe('guidelines beside the types', () => {
  it('the palette shows every type’s rule under its button when Guidelines is ticked', async () => {
    const { container, schema } = await render()
    expect(container.querySelectorAll('[data-testid="label-guideline"]')).toHaveLength(0)
    act(() => container.querySelector<HTMLInputElement>('[data-testid="guidelines-toggle"]')!.click())
    await afterPaint()
    const shown = [...container.querySelectorAll('[data-testid="label-guideline"]')].map((item) => item.textContent)
    const expected = [...schema.entityTypes, ...schema.eventTypes].flatMap((type) => (type.description ? [type.description] : []))
    expect(expected.length).toBeGreaterThan(0)
    expect(shown).toEqual(expected)
  })

  it('the selected span’s details show the rule of its label', async () => {
    const { services, store, container, schema } = await render()
    const start = SEED.indexOf('mort')
    act(() => services.commands.selectSpan(store.addSpan(start, start + 'mort'.length, 'Death').id))
    await afterPaint()
    const death = schema.eventTypes.find((type) => type.name === 'Death')!
    expect(container.querySelector('[data-testid="span-guideline"]')?.textContent).toBe(`Death: ${death.description}`)
  })
})
