import { createTextLayout, type TextLayout } from './textLayout'

const layouts = new WeakMap<object, TextLayout>()

/** The layout of a document's text, computed once per open document (a 1 MB text takes ~10 ms). */
export function layoutFor(document: { readonly text: string }): TextLayout {
  let layout = layouts.get(document)
  if (!layout) {
    layout = createTextLayout(document.text)
    layouts.set(document, layout)
  }
  return layout
}
