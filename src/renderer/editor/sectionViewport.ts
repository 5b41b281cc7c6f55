import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
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
/** Characters per visual row and pixels per row, guessed until a drawn section is measured. */
const CHARS_PER_ROW_GUESS = 90
const PIXELS_PER_ROW_GUESS = 39

/** Transaction meta: what the observer saw (near, measured heights) or what the editor pins. */
export interface SectionViewportChange {
  readonly near?: ReadonlySet<number>
  readonly measured?: ReadonlyMap<number, number>
  readonly pinned?: ReadonlySet<number>
}

export interface SectionViewportState {
  readonly near: ReadonlySet<number>
  readonly pinned: ReadonlySet<number>
  /** The sections drawn: near or pinned; null when every section is (no observer to tell). */
  readonly drawn: ReadonlySet<number> | null
  /** Heights of sections seen drawn, in CSS pixels. */
  readonly measured: ReadonlyMap<number, number>
  readonly decorations: DecorationSet
}

export const sectionViewportKey = new PluginKey<SectionViewportState>('goldspanSectionViewport')

/** Visual rows each section would take at CHARS_PER_ROW_GUESS characters per row (an empty line is a row). */
export function estimateSectionRows(layout: TextLayout): Float64Array {
  const rows = new Float64Array(layout.sectionCount)
  for (let line = 0; line < layout.lineCount; line++) {
    const section = layout.sectionOfLine(line)
    rows[section] = (rows[section] as number) + Math.max(1, Math.ceil(layout.lineLength(line) / CHARS_PER_ROW_GUESS))
  }
  return rows
}

/** Pixels per estimated row, from the sections measured so far. */
function pixelsPerRow(rows: Float64Array, measured: ReadonlyMap<number, number>): number {
  let pixels = 0
  let counted = 0
  for (const [section, height] of measured) {
    pixels += height
    counted += rows[section] as number
  }
  return counted > 0 ? pixels / counted : PIXELS_PER_ROW_GUESS
}

function dormantDecorations(state: EditorState, layout: TextLayout, rows: Float64Array, near: ReadonlySet<number>, pinned: ReadonlySet<number>, measured: ReadonlyMap<number, number>): DecorationSet {
  const perRow = pixelsPerRow(rows, measured)
  const decorations: Decoration[] = []
  for (let section = 0; section < layout.sectionCount; section++) {
    if (near.has(section) || pinned.has(section)) continue
    const { from, to } = layout.sectionRange(section)
    const spec: DormantSection = { dormant: true, height: Math.round(measured.get(section) ?? (rows[section] as number) * perRow) }
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
    const measured = new Map(state.measured)
    let changed = false
    for (const entry of entries) {
      const section = this.watched.get(entry.target)
      if (section === undefined) continue
      if (entry.isIntersecting !== near.has(section)) {
        changed = true
        if (entry.isIntersecting) near.add(section)
        else near.delete(section)
      }
      const height = entry.boundingClientRect.height
      if ((entry.target as HTMLElement).dataset.dormant === undefined && height > 0 && Math.abs((measured.get(section) ?? 0) - height) >= 1) {
        measured.set(section, height)
        changed = true
      }
    }
    if (changed) this.view.dispatch(this.view.state.tr.setMeta(sectionViewportKey, { near, measured } satisfies SectionViewportChange))
  }

  destroy(): void {
    this.observer?.disconnect()
  }
}

/**
 * Keeps sections far from the viewport dormant. `initiallyNear` are drawn from the first
 * render, before the observer reports. Where there is no IntersectionObserver (tests without
 * a layout engine), every section is drawn.
 */
export function createSectionViewportPlugin(layout: TextLayout, initiallyNear: ReadonlySet<number> = new Set([0, 1])): Plugin<SectionViewportState> {
  const observable = typeof IntersectionObserver !== 'undefined'
  const rows = estimateSectionRows(layout)
  const firstNear = new Set([...initiallyNear].filter((section) => section < layout.sectionCount))
  return new Plugin<SectionViewportState>({
    key: sectionViewportKey,
    state: {
      init: (_config, state) => {
        const pinned = new Set<number>()
        const measured = new Map<number, number>()
        const decorations = observable ? dormantDecorations(state, layout, rows, firstNear, pinned, measured) : DecorationSet.empty
        return { near: firstNear, pinned, drawn: observable ? firstNear : null, measured, decorations }
      },
      apply(tr, viewport, _oldState, newState) {
        const change = tr.getMeta(sectionViewportKey) as SectionViewportChange | undefined
        if (!change || !observable) return viewport
        const near = change.near ?? viewport.near
        const pinned = change.pinned ?? viewport.pinned
        const measured = change.measured ?? viewport.measured
        const sameDrawn = sameSet(near, viewport.near) && sameSet(pinned, viewport.pinned)
        if (sameDrawn && measured === viewport.measured) return viewport
        const drawn = sameDrawn ? viewport.drawn : new Set([...near, ...pinned])
        return { near, pinned, drawn, measured, decorations: dormantDecorations(newState, layout, rows, near, pinned, measured) }
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
      // A plugin's node view keeps its identity when Tiptap sets the editor's props again on
      // mounting, so the view is not rebuilt (an extension's addNodeView would be).
      nodeViews: { [TEXT_SECTION]: (node, _view, _getPos, decorations) => createSectionView(node, decorations) }
    }
  })
}
