import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { LinkTag } from './linkTags'
import type { TextLayout } from './textLayout'

export const linkLayerKey = new PluginKey<DecorationSet>('goldspanLinks')

function tagElement(tag: LinkTag): HTMLElement {
  const element = document.createElement('span')
  element.className = 'gs-link-tag'
  // The names are drawn by CSS from the attribute, so the text content (what copy and the
  // e2e tests read) stays the document's own.
  element.dataset.tag = tag.names.join(' · ')
  element.dataset.testid = 'link-tag'
  element.dataset.tagFor = tag.spanId
  element.contentEditable = 'false'
  return element
}

/**
 * Draws the links of the focused span (an event's arguments with their roles, the events
 * using an entity, relation ends): each linked span outlined, with a small tag before it.
 * Send the tags as transaction meta; they are few, so the set is rebuilt each time.
 */
export function createLinkLayerPlugin(layout: TextLayout): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: linkLayerKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set, _oldState, newState) {
        const tags = tr.getMeta(linkLayerKey) as readonly LinkTag[] | undefined
        if (tags === undefined) return set
        const decorations = tags.flatMap((tag) => {
          const from = layout.toPosition(tag.start)
          return [
            Decoration.widget(from, () => tagElement(tag), { side: -1, key: `${tag.spanId}:${tag.names.join('|')}`, ignoreSelection: true }),
            Decoration.inline(from, layout.toPosition(tag.end), { nodeName: 'span', class: 'gs-linked', 'data-linked-id': tag.spanId })
          ]
        })
        return DecorationSet.create(newState.doc, decorations)
      }
    },
    props: {
      decorations: (state) => linkLayerKey.getState(state)
    }
  })
}
