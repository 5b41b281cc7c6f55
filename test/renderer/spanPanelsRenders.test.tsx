// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EventPanel } from '../../src/renderer/components/EventPanel'
import { SpanDetails } from '../../src/renderer/components/SpanDetails'
import { SpanList } from '../../src/renderer/components/SpanList'
import { afterPaint, renderWithServices, servicesOnSeed, unmountAll } from './renderWithServices'

// Every span row and the details panel call spanExcerpt once per render: counting the calls counts those renders.
const excerpts = vi.hoisted(() => ({ calls: [] as string[] }))
vi.mock('../../src/renderer/components/spanExcerpt', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/renderer/components/spanExcerpt')>()
  return {
    spanExcerpt: (text: string, start: number, end: number, max?: number) => {
      excerpts.calls.push(text.slice(start, end))
      return actual.spanExcerpt(text, start, end, max)
    }
  }
})

const SEED = 'Ana met Bo in Paris and Lyon with Cy and Di near Rome'

afterEach(unmountAll)

describe('the span panels while labelling', () => {
  it('render only the row of the new or changed span, not every row, and leave the selected span’s details alone', async () => {
    const { services, store } = await servicesOnSeed(SEED)
    const label = (word: string, type: string) => store.addSpan(SEED.indexOf(word), SEED.indexOf(word) + word.length, type)
    const ana = label('Ana', 'PER')
    for (const word of ['Bo', 'Cy', 'Di']) label(word, 'PER')
    label('Paris', 'GPE')
    const container = renderWithServices(
      services,
      <>
        <SpanDetails document={store} />
        <EventPanel document={store} />
        <SpanList document={store} />
      </>
    )
    act(() => services.commands.selectSpan(ana.id))
    await afterPaint()
    expect(container.querySelector('[data-testid="span-details"]')?.getAttribute('data-span-id')).toBe(ana.id)
    expect(container.querySelectorAll('[data-testid="span-list-item"]')).toHaveLength(5)

    excerpts.calls.length = 0
    act(() => {
      label('Lyon', 'GPE')
    })
    await afterPaint()
    // Five rows were shown and stayed as they were: only Lyon's row is new. "Ana" stays selected, its details unchanged.
    expect(excerpts.calls).toEqual(['Lyon'])
    expect(container.querySelectorAll('[data-testid="span-list-item"]')).toHaveLength(6)

    excerpts.calls.length = 0
    const bo = store.annotations.spans.find((span) => SEED.slice(span.start, span.end) === 'Bo')!
    act(() => store.relabelSpan(bo.id, 'ORG'))
    await afterPaint()
    expect(excerpts.calls).toEqual(['Bo'])
    expect(container.querySelector(`[data-span-id="${bo.id}"] .gs-spanrow__label`)?.textContent).toBe('ORG')

    // Relabelling the selected span does show in its details (and its row).
    excerpts.calls.length = 0
    act(() => store.relabelSpan(ana.id, 'ORG'))
    await afterPaint()
    expect(excerpts.calls.sort()).toEqual(['Ana', 'Ana'])
    expect(container.querySelector<HTMLSelectElement>('[data-testid="span-label-select"]')?.value).toBe('ORG')
  })
})
