// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { TopBar } from '../../src/renderer/components/TopBar'
import { paletteActions } from '../../src/renderer/palette/paletteActions'
import { afterPaint, renderWithServices, servicesOnSeed, unmountAll } from './renderWithServices'

afterEach(unmountAll)

describe('the top bar’s undo and redo', () => {
  it('undo the annotated document on the annotate screen, and are not offered on the review screen, which has its own', async () => {
    const { services, store } = await servicesOnSeed('Ana met Bo')
    const container = renderWithServices(services, <TopBar />)
    act(() => void store.addSpan(0, 3, 'PER'))
    await afterPaint()
    const undo = container.querySelector<HTMLButtonElement>('[data-testid="undo"]')
    expect(undo?.disabled).toBe(false)
    act(() => services.view.setScreen('review'))
    expect(container.querySelector('[data-testid="undo"]')).toBeNull()
    expect(store.annotations.spans).toHaveLength(1)
    act(() => services.view.setScreen('annotate'))
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="undo"]')?.click())
    expect(store.annotations.spans).toHaveLength(0)
  })

  it('from the command palette, undo the document only on the annotate screen', async () => {
    const { services, store } = await servicesOnSeed('Ana met Bo')
    store.addSpan(0, 3, 'PER')
    const undo = paletteActions(services).find((action) => action.id === 'undo')
    services.view.setScreen('agreement')
    undo?.run()
    services.view.setScreen('review')
    undo?.run()
    expect(store.annotations.spans).toHaveLength(1)
    services.view.setScreen('annotate')
    undo?.run()
    expect(store.annotations.spans).toHaveLength(0)
  })
})
