import { Node } from '@tiptap/core'

export const TEXT_SECTION = 'textSection'

/**
 * A run of up to LINES_PER_SECTION paragraphs. It exists for speed: decorations and view
 * updates descend only into the sections a change touches, and the browser can skip the
 * layout and paint of sections out of view (content-visibility in styles.css).
 */
export const TextSection = Node.create({
  name: TEXT_SECTION,
  group: 'block',
  content: 'paragraph+',
  addAttributes() {
    return { lines: { default: 1, rendered: false } }
  },
  parseHTML() {
    return [{ tag: 'div[data-text-section]' }]
  },
  renderHTML({ node }) {
    return ['div', { class: 'gs-section', 'data-text-section': '', style: `--gs-lines:${Number(node.attrs.lines) || 1}` }, 0]
  }
})
