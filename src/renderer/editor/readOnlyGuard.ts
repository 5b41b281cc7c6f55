import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * The text is the corpus: no transaction may change it, whatever the source (paste, drop,
 * IME, an extension). Annotations change through the stores, never the document.
 */
export function createReadOnlyGuardPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('goldspanReadOnly'),
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault()
          return true
        }
      },
      handlePaste: () => true,
      handleDrop: () => true
    }
  })
}
