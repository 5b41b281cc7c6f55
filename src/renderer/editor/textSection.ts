import { Node } from '@tiptap/core'

export const TEXT_SECTION = 'textSection'

/**
 * A run of up to LINES_PER_SECTION paragraphs. It exists for speed: decorations and view
 * updates descend only into the sections a change touches, and a section far from the
 * viewport is drawn as an empty block of its height (see sectionViewport.ts), so a 1 MB
 * text costs what the screen shows.
 */
export const TextSection = Node.create({
  name: TEXT_SECTION,
  group: 'block',
  content: 'paragraph+',
  addAttributes() {
    return { first: { default: 0, rendered: false }, lines: { default: 1, rendered: false } }
  },
  parseHTML() {
    return [{ tag: 'div[data-text-section]' }]
  },
  renderHTML({ node }) {
    return ['div', { class: 'gs-section', 'data-text-section': '', 'data-first-line': String(node.attrs.first), 'data-lines': String(node.attrs.lines) }, 0]
  }
})
