import type { JSONContent } from '@tiptap/core'
import type { TextLayout } from './textLayout'

/**
 * The editor's document, built from plain text as JSON nodes: one paragraph per line, text
 * nodes holding the characters as they are. Never HTML, so markup in a corpus stays literal.
 */
export function buildDocumentJson(layout: TextLayout): JSONContent {
  const content: JSONContent[] = new Array(layout.lineCount)
  for (let line = 0; line < layout.lineCount; line++) {
    const start = layout.lineStart(line)
    const length = layout.lineLength(line)
    // ProseMirror forbids empty text nodes: an empty line is an empty paragraph.
    content[line] = length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: layout.text.slice(start, start + length) }] }
  }
  return { type: 'doc', content }
}
