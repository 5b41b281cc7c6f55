// @vitest-environment happy-dom
import { Editor, Extension } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { afterEach, describe, expect, it } from 'vitest'
import type { Span } from '../../src/core/model'
import { buildDocumentJson } from '../../src/renderer/editor/buildDocumentJson'
import { createSpanLayerPlugin, spanLayerKey, type SpanPaint } from '../../src/renderer/editor/spanDecorations'
import { createTextLayout } from '../../src/renderer/editor/textLayout'
import { TextSection } from '../../src/renderer/editor/textSection'

function span(id: string, start: number, end: number, label = 'PER'): Span {
  return { id, start, end, label, annotator: 'a', created: '', updated: '' }
}

let editor: Editor | null = null
afterEach(() => editor?.destroy())

function mount(text: string, initialPaint: SpanPaint): Editor {
  const layout = createTextLayout(text)
  const layers = Extension.create({ name: 'testLayers', addProseMirrorPlugins: () => [createSpanLayerPlugin(layout, initialPaint)] })
  editor = new Editor({ element: document.createElement('div'), extensions: [Document, TextSection, Paragraph, Text, layers], content: buildDocumentJson(layout), editable: false, injectCSS: false })
  return editor
}

describe('span layer initial paint', () => {
  it('draws the spans in the first DOM the view builds, and the same paint again changes nothing', () => {
    // "Alice met Bob\nin Paris": Alice 0-5, Bob 10-13, Paris 17-22 (after the newline at 13).
    const paint: SpanPaint = { spans: [span('T1', 0, 5), span('T2', 10, 13, 'ORG'), span('T3', 17, 22)], colors: new Map([['PER', '#e6194b']]), selectedSpanId: null }
    const target = mount('Alice met Bob\nin Paris', paint)
    const texts = [...target.view.dom.querySelectorAll('[data-span-id]')].map((element) => [element.getAttribute('data-span-id'), element.textContent])
    expect(texts).toEqual([
      ['T1', 'Alice'],
      ['T2', 'Bob'],
      ['T3', 'Paris']
    ])
    // ORG has no colour in the map: the fallback grey.
    expect(target.view.dom.querySelector('[data-span-id="T2"]')?.getAttribute('style')).toMatch(/--gs-color: ?#888888/)
    const before = spanLayerKey.getState(target.view.state)
    target.view.dispatch(target.view.state.tr.setMeta(spanLayerKey, paint))
    expect(spanLayerKey.getState(target.view.state)).toBe(before)
  })
})

describe('SpanAnnotations first render', () => {
  it('builds the text with its spans in one pass: nothing inside a paragraph is patched afterwards', async () => {
    const { SpanAnnotations } = await import('../../src/renderer/editor/spanAnnotationsExtension')
    const layout = createTextLayout('Alice met Bob\nin Paris')
    const paint: SpanPaint = { spans: [span('T1', 0, 5), span('T2', 10, 13)], colors: new Map(), selectedSpanId: null }
    const element = document.createElement('div')
    const changed: Node[] = []
    const observer = new MutationObserver((records) => changed.push(...records.map((record) => record.target)))
    observer.observe(element, { childList: true, subtree: true, attributes: true, characterData: true })
    const commands = {} as never
    editor = new Editor({
      element,
      extensions: [Document, TextSection, Paragraph, Text, SpanAnnotations.configure({ layout, commands, initialPaint: paint })],
      content: buildDocumentJson(layout),
      editable: false,
      injectCSS: false
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    observer.disconnect()
    expect([...editor.view.dom.querySelectorAll('[data-span-id]')].map((found) => found.textContent)).toEqual(['Alice', 'Bob'])
    const paragraphs = [...editor.view.dom.querySelectorAll('p')]
    expect(changed.filter((target) => paragraphs.some((paragraph) => paragraph.contains(target)))).toEqual([])
  })
})
