import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Span } from '../../core/model'
import { sectionViewportKey } from './sectionViewport'
import { computeSpanDepths } from './spanDepths'
import { SpansBySection } from './spansBySection'
import type { TextLayout } from './textLayout'

/** What the span layer should show: sent as transaction meta whenever spans or the selected span change. */
export interface SpanPaint {
  readonly spans: readonly Span[]
  readonly colors: ReadonlyMap<string, string>
  readonly selectedSpanId: string | null
}

interface SpanLayerState {
  readonly set: DecorationSet
  readonly paint: SpanPaint | null
  /** The sections decorated, null for all of them. */
  readonly drawn: ReadonlySet<number> | null
  /** Owned by the plugin and updated in place: copying 10k entries per change costs more than the change. */
  readonly index: SpansBySection
  /** Each decorated section's decorations, kept until its spans or their drawing change. */
  readonly sections: Map<number, readonly Decoration[]>
}

export const spanLayerKey = new PluginKey<SpanLayerState>('goldspanSpans')

const FALLBACK_COLOR = '#888888'

/**
 * One section's span decorations. Depths (lanes) are computed among the section's spans, so a
 * change costs its section; a span running into the next section is drawn in each, clipped.
 */
function decorateSection(layout: TextLayout, index: SpansBySection, section: number, paint: SpanPaint): Decoration[] {
  const spans = index.spansIn(section)
  const depths = computeSpanDepths(spans)
  const { start: sectionStart, end: sectionEnd } = layout.sectionTextRange(section)
  const decorations: Decoration[] = []
  for (const span of spans) {
    const start = Math.max(span.start, sectionStart)
    const end = Math.min(span.end, sectionEnd)
    if (start >= end) continue
    const depth = depths.get(span.id) ?? 0
    const color = paint.colors.get(span.label) ?? FALLBACK_COLOR
    // nodeName gives each span its own element, so nested spans nest in the DOM instead of
    // merging their attributes, and every one keeps its own data-span-id.
    decorations.push(
      Decoration.inline(
        layout.toPosition(start),
        layout.toPosition(end),
        {
          nodeName: 'span',
          class: span.id === paint.selectedSpanId ? 'gs-span gs-span--selected' : 'gs-span',
          style: `--gs-color:${color};--gs-depth:${Math.min(depth, 5)}`,
          'data-span-id': span.id,
          'data-label': span.label,
          'data-depth': String(depth),
          title: span.label
        },
        { spanId: span.id }
      )
    )
  }
  return decorations
}

function drawnSections(layout: TextLayout, drawn: ReadonlySet<number> | null): Iterable<number> {
  return drawn ?? Array.from({ length: layout.sectionCount }, (_, section) => section)
}

/**
 * Brings the layer to `paint` over the `drawn` sections: finds the sections whose spans or
 * selection changed (by span object identity, so O(spans) lookups and no allocation for the
 * unchanged), redecorates those that are drawn, decorates sections that have just woken and
 * forgets those gone dormant. Only drawn sections carry decorations, so the set stays the size
 * of the screen whatever the document's.
 */
function paintLayer(state: EditorState, layer: SpanLayerState, layout: TextLayout, paint: SpanPaint, drawn: ReadonlySet<number> | null): SpanLayerState {
  const previous = layer.paint
  if (previous && previous.spans === paint.spans && previous.selectedSpanId === paint.selectedSpanId && previous.colors === paint.colors && layer.drawn === drawn) return layer
  const { index, sections } = layer
  const changed = previous?.spans === paint.spans ? new Set<number>() : index.update(paint.spans)
  if (previous && previous.selectedSpanId !== paint.selectedSpanId) {
    for (const id of [previous.selectedSpanId, paint.selectedSpanId]) if (id !== null) for (const section of index.sectionsOf(id)) changed.add(section)
  }
  const recolored = previous !== null && previous.colors !== paint.colors
  const wanted = new Set(drawnSections(layout, drawn))
  let touched = false
  for (const section of sections.keys()) {
    if (wanted.has(section)) continue
    sections.delete(section)
    touched = true
  }
  for (const section of wanted) {
    if (sections.has(section) && !changed.has(section) && !recolored) continue
    sections.set(section, decorateSection(layout, index, section, paint))
    touched = true
  }
  const set = touched || layer.paint === null ? DecorationSet.create(state.doc, [...sections.values()].flat()) : layer.set
  return { set, paint, drawn, index, sections }
}

/**
 * Draws the annotation spans as inline decorations over the read-only text, in the sections
 * the viewport draws (all of them without a viewport plugin). `initialPaint` decorates the
 * first state, so the view builds the text's DOM once, spans included, instead of building
 * it bare and patching every span into it.
 */
export function createSpanLayerPlugin(layout: TextLayout, initialPaint: SpanPaint | null = null): Plugin<SpanLayerState> {
  const drawnIn = (state: EditorState): ReadonlySet<number> | null => sectionViewportKey.getState(state)?.drawn ?? null
  return new Plugin<SpanLayerState>({
    key: spanLayerKey,
    state: {
      init: (_config, state) => {
        const empty: SpanLayerState = { set: DecorationSet.empty, paint: null, drawn: null, index: new SpansBySection(layout), sections: new Map() }
        return initialPaint ? paintLayer(state, empty, layout, initialPaint, drawnIn(state)) : empty
      },
      apply(tr, layer, _oldState, newState) {
        const paint = (tr.getMeta(spanLayerKey) as SpanPaint | undefined) ?? layer.paint
        const drawn = drawnIn(newState)
        return paint ? paintLayer(newState, layer, layout, paint, drawn) : layer
      }
    },
    props: {
      decorations: (state) => spanLayerKey.getState(state)?.set
    }
  })
}
