// @vitest-environment happy-dom
import { Editor, Extension } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildDocumentJson } from '../../src/renderer/editor/buildDocumentJson'
import { estimateSectionRows, SectionHeights } from '../../src/renderer/editor/sectionHeights'
import { createSectionViewportPlugin, sectionViewportKey } from '../../src/renderer/editor/sectionViewport'
import { createTextLayout } from '../../src/renderer/editor/textLayout'
import { TextSection } from '../../src/renderer/editor/textSection'

/** Stands in for the browser's observer: the test says which sections intersect and how tall they are. */
class FakeIntersectionObserver {
  static current: FakeIntersectionObserver | null = null
  readonly observed = new Set<Element>()
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.current = this
  }
  observe(element: Element): void {
    this.observed.add(element)
  }
  unobserve(element: Element): void {
    this.observed.delete(element)
  }
  disconnect(): void {
    this.observed.clear()
  }
  /** Reports the observed sections whose first line is in `near` as intersecting, each `height` px tall. */
  report(near: readonly number[], height: number): void {
    const entries = [...this.observed].map((target) => ({ target, isIntersecting: near.includes(Number((target as HTMLElement).dataset.firstLine)), boundingClientRect: { height } }))
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver)
  }
}

let editor: Editor | null = null
beforeEach(() => {
  ;(globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeIntersectionObserver
})
afterEach(() => {
  editor?.destroy()
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver
})

// Ten lines "l0".."l9" in sections of 2 lines: sections start at lines 0, 2, 4, 6, 8.
const text = Array.from({ length: 10 }, (_, line) => `l${line}`).join('\n')

function mount(): { editor: Editor; sections: () => HTMLElement[] } {
  const layout = createTextLayout(text, 2)
  const box = document.createElement('div')
  box.setAttribute('data-scroll-box', '')
  document.body.append(box)
  const plugins = Extension.create({ name: 'viewport', addProseMirrorPlugins: () => [createSectionViewportPlugin(layout)] })
  editor = new Editor({ element: box, extensions: [Document, TextSection, Paragraph, Text, plugins], content: buildDocumentJson(layout), editable: false, injectCSS: false })
  return { editor, sections: () => [...editor!.view.dom.querySelectorAll<HTMLElement>(':scope > [data-text-section]')] }
}

describe('section viewport', () => {
  it('estimates rows per section, an empty line counting as one row', () => {
    // 90 characters per row: 91 characters take 2 rows, an empty line 1, "ab" 1.
    const layout = createTextLayout(`${'x'.repeat(91)}\n\nab`, 2)
    expect([...estimateSectionRows(layout)]).toEqual([3, 1])
  })

  it('sizes a section by its measured height, else its rows times the pixels per row measured so far', () => {
    // Sections of 2 lines: "x"*180 + "a" (2 + 1 rows), "b" + "c" (2 rows).
    const heights = new SectionHeights(createTextLayout(`${'x'.repeat(180)}\na\nb\nc`, 2))
    expect([heights.heightOf(0), heights.heightOf(1)]).toEqual([3 * 39, 2 * 39])
    expect(heights.remember(0, 60)).toBe(true)
    expect(heights.remember(0, 60.4)).toBe(false)
    // 60 px over 3 rows: 20 px per row, so section 1 takes 40 px until it is measured.
    expect([heights.heightOf(0), heights.heightOf(1)]).toEqual([60, 40])
    heights.remember(0, 90)
    expect(heights.heightOf(1)).toBe(60)
  })

  it('draws the first two sections at once and keeps the others as empty blocks of an estimated height', () => {
    const { sections } = mount()
    expect(sections().map((section) => section.dataset.dormant !== undefined)).toEqual([false, false, true, true, true])
    expect(sections()[0]?.textContent).toBe('l0l1')
    // A dormant section holds no paragraph; two one-row lines at the 39 px guess.
    expect(sections()[2]?.querySelector('p')).toBeNull()
    expect(sections()[2]?.style.height).toBe('78px')
  })

  it('wakes the sections the observer reports near, puts the others to sleep at their measured height, and pins the selection', () => {
    const { editor, sections } = mount()
    const observer = FakeIntersectionObserver.current as FakeIntersectionObserver
    observer.report([4, 6], 50)
    expect(sections().map((section) => section.dataset.dormant !== undefined)).toEqual([true, true, false, false, true])
    expect(sections()[3]?.textContent).toBe('l6l7')
    // Sections 0 and 1 were measured at 50 px while drawn; section 4 never was: 2 rows at 50 / 2 px per row.
    expect(sections().map((section) => section.style.height)).toEqual(['50px', '50px', '', '', '50px'])
    // The new section elements are watched, the replaced ones are not.
    expect([...observer.observed].every((element) => element.isConnected)).toBe(true)
    expect(observer.observed.size).toBe(5)
    editor.view.dispatch(editor.state.tr.setMeta(sectionViewportKey, { pinned: new Set([0]) }))
    expect(sections()[0]?.textContent).toBe('l0l1')
    expect(editor.state.doc.textContent).toBe(text.replaceAll('\n', ''))
  })
})
