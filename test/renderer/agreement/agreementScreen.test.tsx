// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { buildAgreementReport, labelConfusion, labelDistribution, type AgreementSpan, type AnnotationSet, type EventSet } from '../../../src/core/agreement'
import type { ProjectAgreement } from '../../../src/core/api/agreementResults'
import { AgreementScreen } from '../../../src/renderer/agreement/AgreementScreen'
import { ServicesContext } from '../../../src/renderer/components/servicesContext'
import type { AppServices } from '../../../src/renderer/state/appServices'
import { ViewStore } from '../../../src/renderer/state/viewStore'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const span = (start: number, end: number, label: string): AgreementSpan => ({ start, end, label })

// alice: PER 0-3, LOC 5-9, LOC 10-14, ORG 20-25; bob: PER 0-3, ORG 5-9, LOC 10-14, PER 30-35 (one document).
// Strict: PER 0-3 and LOC 10-14 match → tp 2, fp 2, fn 2 → P = R = F1 = 0.5 (overlap the same: 5-9 differs in label).
// κ on the 3 boundaries both marked (of 5): p_o = 2/3; alice PER 1/3, LOC 2/3; bob PER, ORG, LOC 1/3 each → p_e = 1/3 → κ = 0.5.
// Fleiss on the same 3: P̄ = 2/3, P̄_e = (2² + 3² + 1²)/6² = 14/36 → κ = (24 − 14)/(36 − 14) = 5/11 = 0.4545.
// α: n = 6, disagreeing pairs 2 → D_o = 2/6; D_e = (36 − 14)/30 → α = 1 − (1/3)/(22/30) = 6/11 = 0.5455.
// Events: both have a trigger at 40-48 with an argument 0-3 (Attacker); alice types it Attack, bob Clash →
// trigger identification F1 1, classification 0, argument identification 0 (its trigger is mis-typed).
const set: AnnotationSet = {
  alice: { d1: [span(0, 3, 'PER'), span(5, 9, 'LOC'), span(10, 14, 'LOC'), span(20, 25, 'ORG')] },
  bob: { d1: [span(0, 3, 'PER'), span(5, 9, 'ORG'), span(10, 14, 'LOC'), span(30, 35, 'PER')] }
}
const events: EventSet = {
  alice: { d1: [{ start: 40, end: 48, type: 'Attack', arguments: [{ role: 'Attacker', start: 0, end: 3 }] }] },
  bob: { d1: [{ start: 40, end: 48, type: 'Clash', arguments: [{ role: 'Attacker', start: 0, end: 3 }] }] }
}

function agreementOf(data: AnnotationSet, eventSet: EventSet = {}): ProjectAgreement {
  const report = buildAgreementReport(data, ['alice', 'bob'], { d1: 60 }, eventSet)
  return { annotators: ['alice', 'bob'], data: { report, confusion: [labelConfusion(data, 'alice', 'bob')], distribution: labelDistribution(data, ['alice', 'bob']) }, problems: [] }
}

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function renderScreen(answer: ProjectAgreement) {
  const requests: string[][] = []
  const api = {
    'agreement:report': async ({ annotators }: { annotators: string[] }) => {
      requests.push(annotators)
      return annotators.length < 2 ? { ...answer, data: null } : answer
    }
  }
  const view = new ViewStore()
  view.setScreen('agreement')
  const services = { connection: { api, mode: 'web' }, view } as unknown as AppServices
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root!.render(<ServicesContext.Provider value={services}><AgreementScreen /></ServicesContext.Provider>))
  return { container, view, requests }
}

const text = (container: HTMLElement, testId: string): string => container.querySelector(`[data-testid="${testId}"]`)?.textContent ?? ''

describe('AgreementScreen', () => {
  it('asks for every annotator, then shows the hand-worked figures of the report', async () => {
    const { container, requests } = await renderScreen(agreementOf(set, events))
    expect(requests).toEqual([[], ['alice', 'bob']])
    expect(text(container, 'agreement-strict-f1-0')).toBe('0.5000')
    expect(text(container, 'agreement-overlap-f1-0')).toBe('0.5000')
    expect(text(container, 'agreement-cohen-0')).toBe('0.5000')
    expect(text(container, 'agreement-fleiss')).toBe('0.4545')
    expect(text(container, 'agreement-alpha')).toBe('0.5455')
    expect(container.querySelector('[data-testid="agreement-pairs"]')?.textContent).toContain('3 / 5')
    // Confusion: alice LOC → bob ORG once (5-9), LOC → LOC once (10-14).
    expect(text(container, 'confusion-LOC-ORG')).toBe('1')
    expect(text(container, 'confusion-LOC-LOC')).toBe('1')
    expect((container.querySelector('[data-testid="agreement-annotator-alice"]') as HTMLInputElement).checked).toBe(true)
  })

  it('draws the charts with recharts, one bar per value', async () => {
    const { container } = await renderScreen(agreementOf(set, events))
    const bars = (testId: string) => container.querySelectorAll(`[data-testid="${testId}"] .recharts-bar-rectangle`).length
    // Pairs: 1 pair × (strict, overlap) = 2 bars.
    expect(bars('agreement-chart-pairs')).toBe(2)
    // Distribution: labels LOC, ORG, PER × 2 annotators, counts alice 2/1/1, bob 1/1/2 — all non-zero → 6 bars.
    expect(bars('agreement-chart-distribution')).toBe(6)
    // Events: trigger id. F1 1, the other three 0 (drawn with no height, so counted only if recharts keeps zero bars).
    // A zero F1 is drawn as a sliver (so it differs from an undefined value, which draws nothing).
    // Strict F1 per label: LOC tp 1, fn 1 → 2/3; ORG 0 (20-25 vs 5-9); PER tp 1, fp 1 → 2/3 → 3 bars.
    expect(bars('agreement-chart-labels')).toBe(3)
    expect(container.querySelector('[data-testid="agreement-chart-labels"]')?.textContent).toContain('0.67')
    // Events: trigger identification F1 1; classification and both argument measures 0 → 4 bars.
    expect(bars('agreement-chart-events')).toBe(4)
    // Confusion as stacked bars: LOC → LOC 1, LOC → ORG 1, ORG → not marked 1, PER → PER 1 → 4 segments.
    expect(bars('agreement-chart-confusion')).toBe(4)
  })

  it('writes out why a coefficient is undefined', async () => {
    // alice PER 0-3, bob PER 0-4: no boundary marked by both, so κ is undefined.
    const { container } = await renderScreen(agreementOf({ alice: { d1: [span(0, 3, 'PER')] }, bob: { d1: [span(0, 4, 'PER')] } }))
    expect(text(container, 'agreement-cohen-0')).toBe('n/a (no boundary marked by both annotators)')
    expect(text(container, 'agreement-strict-f1-0')).toBe('0.0000')
  })

  it('returns to annotating on Escape', async () => {
    const { view } = await renderScreen(agreementOf(set))
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })))
    expect(view.getState().screen).toBe('annotate')
  })
})
