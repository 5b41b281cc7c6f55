// @vitest-environment happy-dom
import { Editor, Extension } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { afterEach, describe, expect, it } from 'vitest'
import type { Span } from '../../src/core/model'
import { buildDocumentJson } from '../../src/renderer/editor/buildDocumentJson'
import { findInvisibleChars } from '../../src/renderer/editor/invisibleCharLayer'
import { createReadOnlyGuardPlugin } from '../../src/renderer/editor/readOnlyGuard'
import { createSpanLayerPlugin, diffSpanLayer, spanLayerKey, type SpanPaint } from '../../src/renderer/editor/spanDecorations'
import { createTextLayout } from '../../src/renderer/editor/textLayout'
import { TextSection } from '../../src/renderer/editor/textSection'

function span(id: string, start: number, end: number, label = 'PER'): Span {
  return { id, start, end, label, annotator: 'a', created: '', updated: '' }
}

const colors = new Map([
  ['PER', '#e6194b'],
  ['ORG', '#3cb44b']
])

let editor: Editor | null = null
afterEach(() => editor?.destroy())

function mount(text: string): Editor {
  const layout = createTextLayout(text)
  const layers = Extension.create({
    name: 'testLayers',
    addProseMirrorPlugins: () => [createReadOnlyGuardPlugin(), createSpanLayerPlugin(layout)]
  })
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [Document, TextSection, Paragraph, Text, layers],
    content: buildDocumentJson(layout),
    editable: false,
    injectCSS: false
  })
  return editor
}

function paint(target: Editor, value: SpanPaint): void {
  target.view.dispatch(target.view.state.tr.setMeta(spanLayerKey, value))
}

function drawn(target: Editor): Record<string, string> {
  const result: Record<string, string> = {}
  for (const element of target.view.dom.querySelectorAll('[data-span-id]')) {
    const id = element.getAttribute('data-span-id') as string
    result[id] = (result[id] ?? '') + element.textContent
  }
  return result
}

describe('diffSpanLayer', () => {
  it('re-adds only the spans whose object, depth or selection changed', () => {
    const t1 = span('T1', 0, 5)
    const t2 = span('T2', 10, 12)
    const first = diffSpanLayer(new Map(), [t1, t2], new Map([['T1', 0], ['T2', 0]]), null)
    expect(first.added.map((drawn) => drawn.span.id)).toEqual(['T1', 'T2'])
    const rendered = new Map(first.added.map((drawn) => [drawn.span.id, drawn]))
    // Adding T3 inside T1 (depth 1) leaves T1 and T2 untouched.
    const t3 = span('T3', 1, 3)
    const second = diffSpanLayer(rendered, [t1, t3, t2], new Map([['T1', 0], ['T3', 1], ['T2', 0]]), null)
    expect(second.removedIds).toEqual([])
    expect(second.added.map((drawn) => [drawn.span.id, drawn.depth])).toEqual([['T3', 1]])
    // Selecting T2 redraws T2 only; T1 missing from a complete list is a deletion.
    const third = diffSpanLayer(rendered, [t2], new Map([['T2', 0]]), 'T2')
    expect([...third.removedIds].sort()).toEqual(['T1', 'T2'])
    expect(third.added.map((drawn) => drawn.span.id)).toEqual(['T2'])
    // The same subset marked incomplete deletes nothing else.
    expect(diffSpanLayer(rendered, [t2], new Map([['T2', 0]]), 'T2', false).removedIds).toEqual(['T2'])
    // A relabel is a new span object: redrawn even with the same range and depth.
    const relabelled = diffSpanLayer(rendered, [{ ...t1, label: 'ORG' }, t2], new Map([['T1', 0], ['T2', 0]]), null)
    expect(relabelled.added.map((drawn) => drawn.span.label)).toEqual(['ORG'])
  })
})

describe('span layer in a Tiptap editor', () => {
  it('lays out positions exactly as the editor document, across sections', () => {
    const text = Array.from({ length: 250 }, (_, line) => (line % 7 === 3 ? '' : `ligne ${line} «\u00a0é😀\u00a0»`)).join('\r\n')
    const target = mount(text)
    const layout = createTextLayout(text)
    expect(layout.contentSize).toBe(target.state.doc.content.size)
    for (const line of [0, 1, 99, 100, 101, 249]) {
      const start = layout.lineStart(line)
      const end = start + layout.lineLength(line)
      expect(target.state.doc.textBetween(layout.toPosition(start), layout.toPosition(end))).toBe(text.slice(start, end))
    }
  })

  it('shows markup in the text literally and never creates an element from it', () => {
    const target = mount('<img src=x onerror=alert(1)>\nsuite')
    expect(target.view.dom.querySelector('img')).toBeNull()
    expect(target.view.dom.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>')
  })

  it('draws nested and crossing spans as separate elements, each with its id and depth', () => {
    const text = 'armée de l’air russe a repris'
    const target = mount(text)
    const outer = span('T1', 0, 20, 'ORG')
    const inner = span('T2', 15, 20)
    const crossing = span('T3', 15, 29)
    paint(target, { spans: [outer, inner, crossing], colors, selectedSpanId: null })
    expect(drawn(target)).toEqual({ T1: 'armée de l’air russe', T2: 'russe', T3: 'russe a repris' })
    const depths = Object.fromEntries(
      [...target.view.dom.querySelectorAll('[data-span-id]')].map((element) => [element.getAttribute('data-span-id'), element.getAttribute('data-depth')])
    )
    expect(depths).toEqual({ T1: '0', T2: '2', T3: '1' })
    expect(target.view.dom.querySelector('[data-span-id="T1"]')?.getAttribute('style')).toMatch(/--gs-color:\s*#3cb44b/)
  })

  it('updates incrementally: removing a span keeps the others drawn, and the text never changes', () => {
    const target = mount('Daech\r\nà Soueïda')
    paint(target, { spans: [span('T1', 0, 5), span('T2', 9, 16, 'ORG')], colors, selectedSpanId: 'T2' })
    expect(target.view.dom.querySelector('.gs-span--selected')?.textContent).toBe('Soueïda')
    paint(target, { spans: [span('T2', 9, 16, 'ORG')], colors, selectedSpanId: null })
    expect(drawn(target)).toEqual({ T2: 'Soueïda' })
    // Selection-only change on the same spans array: the other span stays drawn.
    const spans = [span('T1', 0, 5), span('T2', 9, 16, 'ORG')]
    paint(target, { spans, colors, selectedSpanId: null })
    paint(target, { spans, colors, selectedSpanId: 'T1' })
    expect(drawn(target)).toEqual({ T1: 'Daech', T2: 'Soueïda' })
    expect(target.view.dom.querySelector('.gs-span--selected')?.textContent).toBe('Daech')
    const before = target.state.doc
    target.view.dispatch(target.state.tr.insertText('x', 1))
    expect(target.state.doc).toBe(before)
  })
})

describe('invisible characters', () => {
  it('finds bidi controls and zero-width characters by offset, and nothing in plain French', () => {
    expect(findInvisibleChars('a\u202Eevil\u202C b\u200Bc')).toEqual([1, 6, 9])
    expect(findInvisibleChars('Le «\u00a0Daech\u00a0» à Soueïda')).toEqual([])
  })
})
