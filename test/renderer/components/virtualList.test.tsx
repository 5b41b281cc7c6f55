// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { VirtualList } from '../../../src/renderer/components/VirtualList'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ROW_PX = 20
const VIEW_PX = 100
const ITEMS = Array.from({ length: 100 }, (_, index) => `item ${index}`)

let root: Root | undefined
let container: HTMLElement

function render(activeIndex: number): HTMLElement {
  act(() => root?.render(<VirtualList items={ITEMS} rowHeight={ROW_PX} maxHeight={VIEW_PX} itemKey={(item) => item} renderItem={(item) => item} testId="list" activeIndex={activeIndex} />))
  return container.querySelector('[data-testid="list"]') as HTMLElement
}

/** Scrolls the box as the browser would: the position, then its scroll event. */
function scrollTo(box: HTMLElement, top: number): void {
  box.scrollTop = top
  act(() => void box.dispatchEvent(new Event('scroll', { bubbles: true })))
}

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
})

describe('VirtualList', () => {
  it('scrolls the active row just into view, and leaves it alone when it already shows', () => {
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    const box = render(0)
    expect(box.scrollTop).toBe(0)
    // Row 50 spans 1000–1020 px: its bottom edge meets the view's bottom at 1020 − 100.
    render(50)
    expect(box.scrollTop).toBe(920)
    scrollTo(box, 920)
    // Row 10 (200–220) is above the view: its top meets the view's top.
    render(10)
    expect(box.scrollTop).toBe(200)
    scrollTo(box, 200)
    // Row 13 (260–280) shows within 200–300: no scroll.
    render(13)
    expect(box.scrollTop).toBe(200)
    expect(box.textContent).toContain('item 13')
  })
})
