// @vitest-environment happy-dom
import { Editor, Extension } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { afterEach, describe, expect, it } from 'vitest'
import { createBrowserSelectionIgnoredPlugin } from '../../src/renderer/editor/browserSelectionIgnored'
import { buildDocumentJson } from '../../src/renderer/editor/buildDocumentJson'
import { createTextLayout } from '../../src/renderer/editor/textLayout'
import { TextSection } from '../../src/renderer/editor/textSection'

let editor: Editor | null = null
afterEach(() => editor?.destroy())

type ReadsSelection = { domSelectionRange: () => { focusNode: Node | null; anchorNode: Node | null } }

function mount(withPlugin: boolean): Editor {
  const layout = createTextLayout('Daech à Soueïda')
  const plugins = Extension.create({ name: 'test', addProseMirrorPlugins: () => (withPlugin ? [createBrowserSelectionIgnoredPlugin()] : []) })
  const element = document.createElement('div')
  document.body.append(element)
  editor = new Editor({ element, extensions: [Document, TextSection, Paragraph, Text, plugins], content: buildDocumentJson(layout), editable: false, injectCSS: false })
  return editor
}

describe('browser selection ignored', () => {
  it('hides a browser selection inside the text from ProseMirror, and leaves it to the page', () => {
    for (const withPlugin of [false, true]) {
      const target = mount(withPlugin)
      document.getSelection()?.selectAllChildren(target.view.dom)
      const seen = (target.view as unknown as ReadsSelection).domSelectionRange()
      // Without the plugin ProseMirror reads the selection in its text; with it, none.
      expect(seen.focusNode === null).toBe(withPlugin)
      expect(target.view.dom.contains(document.getSelection()?.anchorNode ?? null)).toBe(true)
      target.destroy()
    }
  })
})
