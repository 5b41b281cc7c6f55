import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView, type NodeViewConstructor } from '@tiptap/pm/view'
import { SectionHeights } from './sectionHeights'
import { createSectionView, type DormantSection } from './sectionView'
import { TEXT_SECTION } from './textSection'
import type { TextLayout } from './textLayout'

/**
 * Which sections of the text are drawn: those near the viewport (reported by an
 * IntersectionObserver) and those pinned by the editor (where the selection is, so it can be
 * revealed and measured). The others are dormant: an empty block of their height, so the
 * scroll bar stays true while a 1 MB text builds and updates only what is on screen.
 */

/** How far beyond the scroll box a section is drawn in advance, as a share of its height. */
const DRAW_AHEAD = '100%'

/** Transaction meta: the sections the observer saw near, or those the editor pins. */
export interface SectionViewportChange {
  readonly near?: ReadonlySet<number>
  readonly pinned?: ReadonlySet<number>
}

export interface SectionViewportState {
  readonly near: ReadonlySet<number>
  readonly pinned: ReadonlySet<number>
  /** The sections drawn: near or pinned; null when every section is (no observer to tell). */
  readonly drawn: ReadonlySet<number> | null
  readonly heights: SectionHeights
  readonly decorations: DecorationSet
}

export const sectionViewportKey = new PluginKey<SectionViewportState>('goldspanSectionViewport')

/** One node decoration per dormant section, all with equal specs, so only a section that wakes or sleeps is redrawn. */
function dormantDecorations(state: EditorState, layout: TextLayout, drawn: ReadonlySet<number>, heights: SectionHeights): DecorationSet {
  const spec: DormantSection = { dormant: true, heights }
  const decorations: Decoration[] = []
  for (let section = 0; section < layout.sectionCount; section++) {
    if (drawn.has(section)) continue
    const { from, to } = layout.sectionRange(section)
    decorations.push(Decoration.node(from, to, {}, spec))
  }
  return DecorationSet.create(state.doc, decorations)
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false
  for (const value of a) if (!b.has(value)) return false
  return true
}

/** Watches the section elements and reports which are near the scroll box, with the heights of those drawn. */
class SectionWatcher {
  private observer: IntersectionObserver | null = null
  private readonly watched = new Map<Element, number>()

  constructor(
    private readonly view: EditorView,
    private readonly layout: TextLayout
  ) {
    this.watchSections()
  }

  /**
   * Section elements are replaced when they wake or fall asleep; watch the new ones. The
   * observer's root is the scroll box, which the editor is in only once React has mounted it.
   */
  watchSections(): void {
    if (!this.observer) {
      const root = this.view.dom.closest('[data-scroll-box]')
      if (!root) return
      this.observer = new IntersectionObserver((entries) => this.report(entries), { root, rootMargin: `${DRAW_AHEAD} 0px` })
    }
    const observer = this.observer
    const elements = this.view.dom.children
    const current = new Set<Element>()
    for (const element of elements) {
      if (!(element instanceof HTMLElement) || element.dataset.textSection === undefined) continue
      current.add(element)
      if (!this.watched.has(element)) {
        this.watched.set(element, this.layout.sectionOfLine(Number(element.dataset.firstLine)))
        observer.observe(element)
      }
    }
    for (const element of this.watched.keys()) {
      if (current.has(element)) continue
      observer.unobserve(element)
      this.watched.delete(element)
    }
  }

  get watching(): boolean {
    return this.observer !== null
  }

  private report(entries: IntersectionObserverEntry[]): void {
    const state = sectionViewportKey.getState(this.view.state)
    if (!state || this.view.isDestroyed) return
    const near = new Set(state.near)
    let nearChanged = false
    let resized = false
    for (const entry of entries) {
      const section = this.watched.get(entry.target)
      if (section === undefined) continue
      if (entry.isIntersecting !== near.has(section)) {
        nearChanged = true
        if (entry.isIntersecting) near.add(section)
        else near.delete(section)
      }
      const height = entry.boundingClientRect.height
      if ((entry.target as HTMLElement).dataset.dormant === undefined && height > 0 && state.heights.remember(section, height)) resized = true
    }
    // A better estimate resizes the dormant sections in place, outside ProseMirror's update.
    if (resized) {
      for (const [element, section] of this.watched) {
        if (!(element instanceof HTMLElement) || element.dataset.dormant === undefined) continue
        const height = `${state.heights.heightOf(section)}px`
        if (element.style.height !== height) element.style.height = height
      }
    }
    if (nearChanged) this.view.dispatch(this.view.state.tr.setMeta(sectionViewportKey, { near } satisfies SectionViewportChange))
  }

  destroy(): void {
    this.observer?.disconnect()
  }
}

/**
 * One object for every plugin instance: ProseMirror redraws the whole document when a node
 * view function changes identity, and Tiptap creates the plugins anew when it mounts the editor
 * (an extension's addNodeView would change too).
 */
const SECTION_NODE_VIEWS: { [name: string]: NodeViewConstructor } = {
  [TEXT_SECTION]: (node, _view, _getPos, decorations) => createSectionView(node, decorations)
}

/**
 * Keeps sections far from the viewport dormant. `initiallyNear` are drawn from the first
 * render, before the observer reports. Where there is no IntersectionObserver (tests without
 * a layout engine), every section is drawn.
 */
export function createSectionViewportPlugin(layout: TextLayout, initiallyNear: ReadonlySet<number> = new Set([0, 1])): Plugin<SectionViewportState> {
  const observable = typeof IntersectionObserver !== 'undefined'
  const firstNear = new Set([...initiallyNear].filter((section) => section < layout.sectionCount))
  return new Plugin<SectionViewportState>({
    key: sectionViewportKey,
    state: {
      init: (_config, state) => {
        const heights = new SectionHeights(layout)
        const decorations = observable ? dormantDecorations(state, layout, firstNear, heights) : DecorationSet.empty
        return { near: firstNear, pinned: new Set(), drawn: observable ? firstNear : null, heights, decorations }
      },
      apply(tr, viewport, _oldState, newState) {
        const change = tr.getMeta(sectionViewportKey) as SectionViewportChange | undefined
        if (!change || !observable) return viewport
        const near = change.near ?? viewport.near
        const pinned = change.pinned ?? viewport.pinned
        if (sameSet(near, viewport.near) && sameSet(pinned, viewport.pinned)) return viewport
        const drawn = new Set([...near, ...pinned])
        return { near, pinned, drawn, heights: viewport.heights, decorations: dormantDecorations(newState, layout, drawn, viewport.heights) }
      }
    },
    view: (view) => {
      if (!observable) return {}
      const watcher = new SectionWatcher(view, layout)
      return {
        update: (_view, previous) => {
          if (!watcher.watching || sectionViewportKey.getState(previous) !== sectionViewportKey.getState(view.state)) watcher.watchSections()
        },
        destroy: () => watcher.destroy()
      }
    },
    props: {
      decorations: (state) => sectionViewportKey.getState(state)?.decorations,
      nodeViews: SECTION_NODE_VIEWS
    }
  })
}
