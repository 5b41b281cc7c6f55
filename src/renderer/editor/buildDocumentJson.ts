import type { JSONContent } from '@tiptap/core'
import type { TextLayout } from './textLayout'
import { TEXT_SECTION } from './textSection'

function paragraph(layout: TextLayout, line: number): JSONContent {
  const start = layout.lineStart(line)
  const length = layout.lineLength(line)
  // ProseMirror forbids empty text nodes: an empty line is an empty paragraph.
  return length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: layout.text.slice(start, start + length) }] }
}

/**
 * The editor's document, built from plain text as JSON nodes: sections of paragraphs, one
 * paragraph per line, text nodes holding the characters as they are. Never HTML, so markup
 * in a corpus stays literal.
 */
export function buildDocumentJson(layout: TextLayout): JSONContent {
  const sections: JSONContent[] = []
  for (let first = 0; first < layout.lineCount; first += layout.linesPerSection) {
    const end = Math.min(layout.lineCount, first + layout.linesPerSection)
    const content: JSONContent[] = []
    for (let line = first; line < end; line++) content.push(paragraph(layout, line))
    sections.push({ type: TEXT_SECTION, attrs: { first, lines: end - first }, content })
  }
  return { type: 'doc', content: sections }
}
