import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Span } from '../../core/model'
import { computeSpanDepths } from './spanDepths'
import type { TextLayout } from './textLayout'

/** What the span layer should show: sent as transaction meta whenever spans or the selected span change. */
export interface SpanPaint {
  readonly spans: readonly Span[]
  readonly colors: ReadonlyMap<string, string>
  readonly selectedSpanId: string | null
}

/** How one span is drawn; a span object is immutable, so identity means "unchanged". */
export interface DrawnSpan {
  readonly span: Span
  readonly depth: number
  readonly selected: boolean
}

interface RenderedSpan extends DrawnSpan {
  readonly decoration: Decoration
}

interface SpanLayerState {
  readonly set: DecorationSet
  /** Owned by the plugin and updated in place: copying 10k entries per change costs more than the change. */
  readonly rendered: Map<string, RenderedSpan>
  readonly paint: SpanPaint | null
  readonly depths: ReadonlyMap<string, number>
}

export const spanLayerKey = new PluginKey<SpanLayerState>('goldspanSpans')

const FALLBACK_COLOR = '#888888'

function createDecoration(layout: TextLayout, drawn: DrawnSpan, color: string): Decoration {
  const { span, depth, selected } = drawn
  // nodeName gives each span its own element, so nested spans nest in the DOM instead of
  // merging their attributes, and every one keeps its own data-span-id.
  return Decoration.inline(
    layout.toPosition(span.start),
    layout.toPosition(span.end),
    {
      nodeName: 'span',
      class: selected ? 'gs-span gs-span--selected' : 'gs-span',
      style: `--gs-color:${color};--gs-depth:${Math.min(depth, 5)}`,
      'data-span-id': span.id,
      'data-label': span.label,
      'data-depth': String(depth),
      title: span.label
    },
    { spanId: span.id }
  )
}

function sameDrawing(before: DrawnSpan | undefined, after: DrawnSpan): boolean {
  return before !== undefined && before.span === after.span && before.depth === after.depth && before.selected === after.selected
}

/**
 * The differences between what is drawn and what should be: spans whose object, depth or
 * selection changed are removed and re-added; the others keep their decoration. O(n) map
 * lookups, no allocation per unchanged span. Pure, so the incremental update is tested
 * without a browser.
 */
export function diffSpanLayer(
  rendered: ReadonlyMap<string, DrawnSpan>,
  spans: readonly Span[],
  depths: ReadonlyMap<string, number>,
  selectedSpanId: string | null,
  /** False when `spans` is only the subset that may have changed: then nothing counts as deleted. */
  complete = true
): { readonly removedIds: readonly string[]; readonly added: readonly DrawnSpan[] } {
  const removedIds: string[] = []
  const added: DrawnSpan[] = []
  let kept = 0
  for (const span of spans) {
    const drawn: DrawnSpan = { span, depth: depths.get(span.id) ?? 0, selected: span.id === selectedSpanId }
    const before = rendered.get(span.id)
    if (before) kept++
    if (sameDrawing(before, drawn)) continue
    if (before) removedIds.push(span.id)
    added.push(drawn)
  }
  // Only a deletion leaves drawn spans unaccounted for; skip the scan otherwise.
  if (complete && kept < rendered.size) {
    const present = new Set(spans.map((span) => span.id))
    for (const id of rendered.keys()) if (!present.has(id)) removedIds.push(id)
  }
  return { removedIds, added }
}

/** The spans whose drawing a selection-only change touches: the previously and newly selected. */
function selectionChanges(previous: SpanPaint, paint: SpanPaint): Span[] {
  const ids = new Set([previous.selectedSpanId, paint.selectedSpanId])
  return paint.spans.filter((span) => ids.has(span.id))
}

function paintLayer(state: EditorState, layer: SpanLayerState, layout: TextLayout, paint: SpanPaint): SpanLayerState {
  const spansChanged = layer.paint?.spans !== paint.spans
  if (!spansChanged && layer.paint?.selectedSpanId === paint.selectedSpanId && layer.paint.colors === paint.colors) return layer
  const depths = spansChanged ? computeSpanDepths(paint.spans) : layer.depths
  const candidates = spansChanged || !layer.paint || layer.paint.colors !== paint.colors ? paint.spans : selectionChanges(layer.paint, paint)
  const { removedIds, added } = diffSpanLayer(layer.rendered, candidates, depths, paint.selectedSpanId, candidates === paint.spans)
  const rendered = layer.rendered
  const removed: Decoration[] = []
  for (const id of removedIds) {
    const before = rendered.get(id)
    if (before) removed.push(before.decoration)
    rendered.delete(id)
  }
  const decorations: Decoration[] = []
  for (const drawn of added) {
    const decoration = createDecoration(layout, drawn, paint.colors.get(drawn.span.label) ?? FALLBACK_COLOR)
    decorations.push(decoration)
    rendered.set(drawn.span.id, { ...drawn, decoration })
  }
  // A first paint builds the tree at once; later ones touch only the changed spans, which
  // keeps an edit in a 10k-span document to the sections involved.
  const set = layer.paint === null ? DecorationSet.create(state.doc, decorations) : layer.set.remove(removed).add(state.doc, decorations)
  return { set, rendered, paint, depths }
}

/**
 * Draws the annotation spans as inline decorations over the read-only text. `initialPaint`
 * decorates the first state, so the view builds the text's DOM once, spans included,
 * instead of building it bare and patching every span into it (half of opening 1 MB).
 */
export function createSpanLayerPlugin(layout: TextLayout, initialPaint: SpanPaint | null = null): Plugin<SpanLayerState> {
  return new Plugin<SpanLayerState>({
    key: spanLayerKey,
    state: {
      init: (_config, state) => {
        const empty: SpanLayerState = { set: DecorationSet.empty, rendered: new Map(), paint: null, depths: new Map() }
        return initialPaint ? paintLayer(state, empty, layout, initialPaint) : empty
      },
      apply(tr, layer, _oldState, newState) {
        const paint = tr.getMeta(spanLayerKey) as SpanPaint | undefined
        return paint ? paintLayer(newState, layer, layout, paint) : layer
      }
    },
    props: {
      decorations: (state) => spanLayerKey.getState(state)?.set
    }
  })
}
