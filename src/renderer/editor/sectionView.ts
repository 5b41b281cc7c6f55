import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Decoration, NodeView } from '@tiptap/pm/view'
import type { SectionHeights } from './sectionHeights'

/** The spec of the node decoration sectionViewport.ts puts on a section it keeps dormant. */
export interface DormantSection {
  readonly dormant: true
  readonly heights: SectionHeights
}

function dormancy(decorations: readonly Decoration[]): DormantSection | null {
  for (const decoration of decorations) {
    const spec = decoration.spec as Partial<DormantSection>
    if (spec.dormant === true) return spec as DormantSection
  }
  return null
}

/**
 * A section's DOM. Awake, it is a block whose paragraphs ProseMirror draws. Dormant, it is an
 * empty block of the section's height: without a contentDOM, ProseMirror neither builds its
 * paragraphs nor descends into it on updates. Waking or falling asleep makes `update` refuse,
 * so ProseMirror builds the section again in its new state.
 */
export function createSectionView(node: ProseMirrorNode, decorations: readonly Decoration[]): NodeView {
  const dormant = dormancy(decorations)
  const dom = document.createElement('div')
  dom.className = dormant ? 'gs-section gs-section--dormant' : 'gs-section'
  dom.dataset.textSection = ''
  dom.dataset.firstLine = String(node.attrs.first)
  dom.dataset.lines = String(node.attrs.lines)
  if (dormant) {
    dom.dataset.dormant = ''
    dom.style.height = `${dormant.heights.heightOf(dormant.heights.sectionOfFirstLine(Number(node.attrs.first)))}px`
  }
  return {
    dom,
    contentDOM: dormant ? null : dom,
    update(next, nextDecorations) {
      if (next.type !== node.type || (dormancy(nextDecorations as readonly Decoration[]) === null) !== (dormant === null)) return false
      node = next
      return true
    },
    // The viewport plugin resizes dormant sections; ProseMirror must not read that as a change to the document.
    ignoreMutation: (mutation) => mutation.type === 'attributes' && mutation.target === dom
  }
}
