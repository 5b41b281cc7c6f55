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

interface RenderedSpan {
  readonly key: string
  readonly decoration: Decoration
}

interface SpanLayerState {
  readonly set: DecorationSet
  readonly rendered: ReadonlyMap<string, RenderedSpan>
}

export const spanLayerKey = new PluginKey<SpanLayerState>('goldspanSpans')

const FALLBACK_COLOR = '#888888'

function renderKey(span: Span, depth: number, selected: boolean): string {
  return `${span.start}:${span.end}:${span.label}:${depth}:${selected ? 1 : 0}`
}

function createDecoration(layout: TextLayout, span: Span, depth: number, selected: boolean, color: string): Decoration {
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

interface AddedSpan {
  readonly span: Span
  readonly depth: number
  readonly selected: boolean
  readonly key: string
}

/**
 * The differences between what is drawn and what should be: spans whose offsets, label,
 * depth or selection changed are removed and re-added; the others keep their decoration.
 * Pure, so the incremental update is tested without a browser.
 */
export function diffSpanLayer(
  rendered: ReadonlyMap<string, { readonly key: string }>,
  paint: SpanPaint
): { readonly removedIds: readonly string[]; readonly added: readonly AddedSpan[] } {
  const depths = computeSpanDepths(paint.spans)
  const removedIds: string[] = []
  const added: AddedSpan[] = []
  const present = new Set<string>()
  for (const span of paint.spans) {
    present.add(span.id)
    const depth = depths.get(span.id) ?? 0
    const selected = span.id === paint.selectedSpanId
    const key = renderKey(span, depth, selected)
    const before = rendered.get(span.id)
    if (before?.key === key) continue
    if (before) removedIds.push(span.id)
    added.push({ span, depth, selected, key })
  }
  for (const id of rendered.keys()) if (!present.has(id)) removedIds.push(id)
  return { removedIds, added }
}

function paintLayer(state: EditorState, layer: SpanLayerState, layout: TextLayout, paint: SpanPaint): SpanLayerState {
  const { removedIds, added } = diffSpanLayer(layer.rendered, paint)
  if (removedIds.length === 0 && added.length === 0) return layer
  const rendered = new Map(layer.rendered)
  const removed: Decoration[] = []
  for (const id of removedIds) {
    const before = rendered.get(id)
    if (before) removed.push(before.decoration)
    rendered.delete(id)
  }
  const decorations: Decoration[] = []
  for (const { span, depth, selected, key } of added) {
    const decoration = createDecoration(layout, span, depth, selected, paint.colors.get(span.label) ?? FALLBACK_COLOR)
    decorations.push(decoration)
    rendered.set(span.id, { key, decoration })
  }
  // A first paint builds the tree at once; later ones touch only the changed spans, which
  // keeps an edit in a 10k-span document to the few paragraphs involved.
  const set =
    layer.rendered.size === 0
      ? DecorationSet.create(state.doc, decorations)
      : layer.set.remove(removed).add(state.doc, decorations)
  return { set, rendered }
}

/** Draws the annotation spans as inline decorations over the read-only text. */
export function createSpanLayerPlugin(layout: TextLayout): Plugin<SpanLayerState> {
  return new Plugin<SpanLayerState>({
    key: spanLayerKey,
    state: {
      init: () => ({ set: DecorationSet.empty, rendered: new Map() }),
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
