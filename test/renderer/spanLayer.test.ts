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
import { createSpanLayerPlugin, spanLayerKey, type SpanPaint } from '../../src/renderer/editor/spanDecorations'
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

describe('span layer by section', () => {
  it('redraws only the sections a change touches: elements elsewhere stay the same DOM nodes', () => {
    // Four lines in sections of two: "Alice" "Bob" | "Carol" "Dan"; offsets 0, 6 | 10, 16.
    const text = 'Alice\nBob\nCarol\nDan'
    const layout = createTextLayout(text, 2)
    const layers = Extension.create({ name: 'testLayers', addProseMirrorPlugins: () => [createSpanLayerPlugin(layout)] })
    editor = new Editor({ element: document.createElement('div'), extensions: [Document, TextSection, Paragraph, Text, layers], content: buildDocumentJson(layout), editable: false, injectCSS: false })
    const alice = span('T1', 0, 5)
    const carol = span('T2', 10, 15)
    paint(editor, { spans: [alice, carol], colors, selectedSpanId: null })
    const carolElement = editor.view.dom.querySelector('[data-span-id="T2"]')
    // Relabel Alice and add Bob: section 0 changes, section 1 is left alone.
    paint(editor, { spans: [{ ...alice, label: 'ORG' }, span('T3', 6, 9), carol], colors, selectedSpanId: null })
    expect(drawn(editor)).toEqual({ T1: 'Alice', T3: 'Bob', T2: 'Carol' })
    expect(editor.view.dom.querySelector('[data-span-id="T2"]')).toBe(carolElement)
    expect(editor.view.dom.querySelector('[data-span-id="T1"]')?.getAttribute('data-label')).toBe('ORG')
    // A span over both sections is drawn in each, clipped to it: "Bob\nCarol" from 6 to 15.
    paint(editor, { spans: [span('T4', 6, 15)], colors, selectedSpanId: null })
    expect(drawn(editor)).toEqual({ T4: 'BobCarol' })
    expect([...editor.view.dom.querySelectorAll('[data-span-id="T4"]')].map((element) => element.closest('[data-text-section]')?.getAttribute('data-first-line'))).toEqual(['0', '2'])
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
