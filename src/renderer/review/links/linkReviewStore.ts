import {
  acceptLink,
  addGoldSpan,
  addOwnLink,
  carryAgreedLinks,
  linkKey,
  rejectLink,
  relabelGoldSpan,
  removeGoldSpan,
  reviewLinks,
  type GoldLink,
  type LinkReview,
  type LinkReviewItem
} from '../../../core/review'
import { allowedRelationTypes, allowedRoles, findLabel, type Schema } from '../../../core/schema'
import { Store } from '../../state/store'
import type { OpenReview, ReviewStore } from '../reviewStore'

/** The review screen's steps: the span units, the links between gold spans, the whole document. */
export type ReviewView = 'units' | 'links' | 'document'
export const REVIEW_VIEWS: readonly ReviewView[] = ['units', 'links', 'document']

/** A stretch of text chosen in the Document view; `anchor` stays, `focus` moves. UTF-16 code units. */
export interface TextSelection {
  readonly anchor: number
  readonly focus: number
}

export interface LinkViewState {
  readonly view: ReviewView
  /** The disputed link under the cursor in the Links view. */
  readonly linkIndex: number
  /** Document view: the caret or chosen stretch, and the gold span chosen (by click or J/K). */
  readonly selection: TextSelection
  readonly selectedSpanId: string | null
  /** Document view, drawing a link: its first end (trigger or head), then its other end. */
  readonly linkFrom: string | null
  readonly linkTo: string | null
}

/** A link the schema allows between the two chosen gold spans, offered by number. */
export interface LinkOption {
  readonly link: GoldLink
  readonly name: string
}

const INITIAL: LinkViewState = { view: 'units', linkIndex: 0, selection: { anchor: 0, focus: 0 }, selectedSpanId: null, linkFrom: null, linkTo: null }

/** The chosen range, ordered; empty when only a caret. */
export function selectedRange(selection: TextSelection): { start: number; end: number } {
  return { start: Math.min(selection.anchor, selection.focus), end: Math.max(selection.anchor, selection.focus) }
}

/**
 * The links step and the Document view of the review screen. Every change goes through the
 * review store's `decide`, so undo/redo and saving are the span decisions' own.
 */
export class LinkReviewStore extends Store<LinkViewState> {
  private cache: { open: OpenReview; schema: Schema; review: LinkReview } | null = null

  constructor(
    private readonly review: ReviewStore,
    private readonly schema: () => Schema | null
  ) {
    super(INITIAL)
    let documentId: string | null = null
    review.subscribe(() => {
      const open = review.getState().open
      if ((open?.documentId ?? null) === documentId) return
      documentId = open?.documentId ?? null
      this.update({ linkIndex: 0, selection: { anchor: 0, focus: 0 }, selectedSpanId: null, linkFrom: null, linkTo: null })
    })
  }

  /** The links of the open document; null before a document (or the schema) is there. */
  links(): LinkReview | null {
    const open = this.review.getState().open
    const schema = this.schema()
    if (!open || !schema) return null
    if (this.cache?.open.state !== open.state || this.cache.schema !== schema) {
      this.cache = { open, schema, review: reviewLinks(open.state.gold, open.versions, schema, open.state.links ?? []) }
    }
    return this.cache.review
  }

  currentLink(): LinkReviewItem | null {
    return this.links()?.disputed[this.getState().linkIndex] ?? null
  }

  setView(view: ReviewView): void {
    this.update({ view })
  }

  cycleView(step: 1 | -1): void {
    const index = REVIEW_VIEWS.indexOf(this.getState().view)
    this.update({ view: REVIEW_VIEWS[(index + step + REVIEW_VIEWS.length) % REVIEW_VIEWS.length] as ReviewView })
  }

  moveLink(step: number): void {
    const count = this.links()?.disputed.length ?? 0
    const next = Math.min(Math.max(this.getState().linkIndex + step, 0), Math.max(count - 1, 0))
    if (next !== this.getState().linkIndex) this.update({ linkIndex: next })
  }

  showLink(index: number): void {
    this.update({ linkIndex: index, view: 'links' })
  }

  carryAgreed(): void {
    const links = this.links()
    if (!links) return
    if (links.agreed.every((item) => item.inGold)) return this.review.refuse(links.agreed.length === 0 ? 'no agreed link between gold spans yet' : 'every agreed link is in gold already')
    this.review.decide((state, by) => carryAgreedLinks(state, links, by), false)
  }

  acceptCurrent(): void {
    const links = this.links()
    const item = this.currentLink()
    const schema = this.schema()
    if (!links || !item || !schema) return
    this.review.decide((state, by) => acceptLink(state, links, item, schema, by), false)
    this.moveLink(1)
  }

  rejectCurrent(): void {
    const item = this.currentLink()
    if (!item) return
    this.review.decide((state, by) => rejectLink(state, item, by), false)
    this.moveLink(1)
  }

  /** Document view: moves the caret (or, with `extend`, the selection's free end), clamped to the text. */
  moveCaret(delta: number, extend: boolean): void {
    const length = this.review.getState().open?.text.length ?? 0
    const { selection } = this.getState()
    const focus = Math.min(Math.max(selection.focus + delta, 0), length)
    this.update({ selection: { anchor: extend ? selection.anchor : focus, focus }, selectedSpanId: extend ? null : this.spanAt(focus) })
  }

  /** Document view: a selection made with the mouse; a click (no stretch) chooses the gold span under it. */
  select(selection: TextSelection): void {
    this.update({ selection, selectedSpanId: selection.anchor === selection.focus ? this.spanAt(selection.focus) : null })
  }

  /** Document view: back to a caret, no gold span chosen. */
  clearSelection(): void {
    const { focus } = this.getState().selection
    this.update({ selection: { anchor: focus, focus }, selectedSpanId: null })
  }

  /** Document view: chooses the next or previous gold span in text order. */
  moveSpan(step: 1 | -1): void {
    const spans = this.review.getState().open?.state.gold.spans ?? []
    if (spans.length === 0) return
    const current = spans.findIndex((span) => span.id === this.getState().selectedSpanId)
    const next = current < 0 ? (step === 1 ? 0 : spans.length - 1) : Math.min(Math.max(current + step, 0), spans.length - 1)
    const span = spans[next]
    if (span) this.update({ selectedSpanId: span.id, selection: { anchor: span.start, focus: span.start } })
  }

  /** Document view, a label's hotkey: adds the selected stretch to gold with that label, or relabels the chosen gold span. */
  applyLabel(label: string): void {
    const open = this.review.getState().open
    if (!open) return
    const range = trimmed(open.text, selectedRange(this.getState().selection))
    const spanId = this.getState().selectedSpanId
    if (range.end > range.start) {
      this.review.decide((state, by) => addGoldSpan(state, { ...range, label }, open.versions, by), false)
      this.update({ selection: { anchor: range.end, focus: range.end }, selectedSpanId: null })
    } else if (spanId) {
      this.review.decide((state, by) => relabelGoldSpan(state, spanId, label, open.versions, by), false)
    } else {
      this.review.refuse('select some text (Shift+←/→ or the mouse) or a gold span first')
    }
  }

  /** Document view: removes the chosen gold span with its links. */
  removeSelectedSpan(): void {
    const spanId = this.getState().selectedSpanId
    if (!spanId) return this.review.refuse('choose a gold span first (click it, or J/K)')
    this.review.decide((state, by) => removeGoldSpan(state, spanId, by), false)
    this.update({ selectedSpanId: null })
  }

  /**
   * Document view, Enter: the chosen gold span becomes the first end of a new link, then the
   * other end, after which `linkOptions` lists what the schema allows between them.
   */
  pickLinkEnd(): void {
    const { selectedSpanId, linkFrom } = this.getState()
    if (!selectedSpanId) return this.review.refuse('choose a gold span first (click it, or J/K), then Enter')
    if (linkFrom === null || linkFrom === selectedSpanId) return this.update({ linkFrom: selectedSpanId, linkTo: null })
    this.update({ linkTo: selectedSpanId })
    if (this.linkOptions().length === 0) {
      this.update({ linkTo: null })
      this.review.refuse('the schema allows no role or relation between these two spans')
    }
  }

  /** Arguments (when the first end is an event) then relations the schema allows from the first end to the other. */
  linkOptions(): readonly LinkOption[] {
    const { linkFrom, linkTo } = this.getState()
    const schema = this.schema()
    const spans = this.review.getState().open?.state.gold.spans ?? []
    const from = spans.find((span) => span.id === linkFrom)
    const to = spans.find((span) => span.id === linkTo)
    if (!schema || !from || !to) return []
    const roles = findLabel(schema, from.label)?.kind === 'event' ? allowedRoles(schema, from.label, to.label) : []
    return [
      ...roles.map((role) => ({ name: role.name, link: { kind: 'argument', eventId: from.id, role: role.name, ref: to.id } as const })),
      ...allowedRelationTypes(schema, from.label, to.label).map((type) => ({ name: type.name, link: { kind: 'relation', type: type.name, head: from.id, tail: to.id } as const }))
    ]
  }

  /** Document view: adds the `index`-th link option to gold (decision `accepted`, no proposer). */
  chooseLinkOption(index: number): void {
    const option = this.linkOptions()[index]
    const schema = this.schema()
    if (!option || !schema) return
    this.review.decide((state, by) => addOwnLink(state, option.link, schema, by), false)
    this.cancelLink()
  }

  /** Document view: takes a link out of gold, recorded as rejected (so the links step shows it decided). */
  removeGoldLink(link: GoldLink): void {
    const open = this.review.getState().open
    if (!open) return
    const spans = new Map(open.state.gold.spans.map((span) => [span.id, span]))
    const known = [...(this.links()?.agreed ?? []), ...(this.links()?.disputed ?? [])]
    this.review.decide((state, by) => {
      const key = linkKey(link, spans)
      const item = known.find((candidate) => candidate.key === key) ?? { key, link: { ...link, proposedBy: [], couldHave: [] }, agreed: false, inGold: true, decision: null }
      return rejectLink(state, item, by)
    }, false)
  }

  cancelLink(): void {
    this.update({ linkFrom: null, linkTo: null })
  }

  /** The shortest gold span covering `offset` (ties: the first in text order). */
  private spanAt(offset: number): string | null {
    const spans = this.review.getState().open?.state.gold.spans ?? []
    let best: { id: string; length: number } | null = null
    for (const span of spans) {
      if (span.start <= offset && offset < span.end && (best === null || span.end - span.start < best.length)) best = { id: span.id, length: span.end - span.start }
    }
    return best?.id ?? null
  }
}

/** A selection without the white space at its edges, as spans never start or end with it. */
function trimmed(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = range
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return { start, end }
}
