// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PROGRESS_SETTLE_MS, ProgressPanel } from '../../../src/renderer/progress/ProgressPanel'
import { afterPaint, renderWithServices, servicesOnSeed, unmountAll } from '../renderWithServices'

// Counts the renders of recharts' BarChart, the costly part of the panel (it measures its axis labels in the DOM).
const chart = vi.hoisted(() => ({ renders: 0 }))
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>()
  return {
    ...actual,
    BarChart: (props: Parameters<typeof actual.BarChart>[0]) => {
      chart.renders++
      return createElement(actual.BarChart, props)
    }
  }
})

const SEED = 'Ana met Bo in Paris and Lyon with Cy and Di'

afterEach(() => {
  unmountAll()
  vi.useRealTimers()
})

/** The total of the corpus bars, as the panel states it. */
function corpusSpans(container: HTMLElement): number {
  return Number(container.querySelector<HTMLElement>('[data-testid="progress-labels"]')?.dataset.corpusSpans)
}

describe('ProgressPanel while labelling', () => {
  it('does not redraw its chart at each label, and shows all of them once the labels pause', async () => {
    const { services, store } = await servicesOnSeed(SEED)
    const container = renderWithServices(services, <ProgressPanel />)
    // The corpus counts are read from the API once, after the first render.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(corpusSpans(container)).toBe(0)
    vi.useFakeTimers()
    const rendersBefore = chart.renders
    const words = ['Ana', 'Bo', 'Paris', 'Lyon', 'Cy']
    for (const word of words) {
      act(() => {
        store.addSpan(SEED.indexOf(word), SEED.indexOf(word) + word.length, 'PER')
      })
      act(() => vi.advanceTimersByTime(PROGRESS_SETTLE_MS / 3))
    }
    // 5 labels 100 ms apart: no pause yet, so the chart is as it was.
    expect(chart.renders).toBe(rendersBefore)
    expect(corpusSpans(container)).toBe(0)
    act(() => vi.advanceTimersByTime(PROGRESS_SETTLE_MS))
    expect(chart.renders).toBe(rendersBefore + 1)
    expect(corpusSpans(container)).toBe(5)
    // The status counts are not held for the pause, only until the next frame: the first label moved the document to "in progress".
    vi.useRealTimers()
    await afterPaint()
    expect(container.querySelector('[data-testid="progress-counts"]')?.textContent).toBe('0 done · 1 in progress · 0 to do (of 1)')
  })
})
