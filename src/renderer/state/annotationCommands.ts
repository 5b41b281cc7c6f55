import { describeSpanUsage } from '../../core/annotations'
import type { DocumentSummary } from '../../core/api/contract'
import type { Span } from '../../core/model'
import { findLabel, type Schema } from '../../core/schema'
import { layoutFor } from '../editor/layoutFor'
import { snapToWords, tokenAfter, tokenAt, tokenBefore, type TextRange } from '../editor/wordBoundaries'
import type { DocumentStore } from './documentStore'
import { linkChoices, LinkModeStore } from './linkModeStore'
import { selectionRange, type SelectionStore } from './selectionStore'
import type { SessionStore } from './sessionStore'
import type { ViewStore } from './viewStore'

export type CursorMove = 'left' | 'right' | 'up' | 'down'

/**
 * What the annotator can do to the open document, by mouse, keyboard, menu or button alike.
 * Refused actions leave a notice instead of throwing.
 */
export class AnnotationCommands {
  constructor(
    private readonly session: SessionStore,
    private readonly selection: SelectionStore,
    private readonly view: ViewStore,
    readonly linkMode: LinkModeStore = new LinkModeStore()
  ) {}

  private get document(): DocumentStore | null {
    return this.session.getState().document
  }

  private get schema(): Schema | null {
    return this.session.getState().project?.schema ?? null
  }

  /** The selected span, found by its start (the selection's anchor) in O(log n). */
  private selectedSpan(document: DocumentStore | null = this.document): Span | undefined {
    const { selectedSpanId, anchor } = this.selection.getState()
    return document?.findSpan(selectedSpanId, anchor?.start)
  }

  private attempt(action: () => void): void {
    try {
      action()
      this.view.setNotice(null)
    } catch (error) {
      this.view.setNotice(error instanceof Error ? error.message : String(error))
    }
  }

  /** Relabels the selected span, or labels the selected text as a new span (then selects it). */
  label(label: string): void {
    const document = this.document
    if (!document) return
    const state = this.selection.getState()
    const range = selectionRange(state)
    this.attempt(() => {
      if (state.selectedSpanId && this.selectedSpan(document)) {
        document.relabelSpan(state.selectedSpanId, label)
      } else if (range) {
        this.selection.selectSpan(document.addSpan(range.start, range.end, label))
      } else {
        throw new Error('Select some text first (drag with the mouse, or move with the arrow keys).')
      }
    })
  }

  /** Labels with the schema label whose hotkey is `key`; false when no label has it. */
  labelByHotkey(key: string): boolean {
    const schema = this.session.getState().project?.schema
    const type = schema && [...schema.entityTypes, ...schema.eventTypes].find((candidate) => candidate.hotkey === key)
    if (!type) return false
    this.label(type.name)
    return true
  }

  /** Deletes the selected span with the arguments and relations using it (one undo), and says which went. */
  deleteSelectedSpan(): void {
    const document = this.document
    const spanId = this.selection.getState().selectedSpanId
    if (!document || !spanId || !this.selectedSpan(document)) return
    let removedLinks: string[] = []
    this.attempt(() => {
      removedLinks = document.removeSpan(spanId).map(describeSpanUsage)
      const { anchor, head } = this.selection.getState()
      if (anchor && head) this.selection.setRange(anchor, head)
    })
    if (removedLinks.length > 0) this.view.setNotice(`Deleted ${spanId} and its use as ${removedLinks.join('; ')}. Ctrl+Z brings all of it back.`)
  }

  /** Shift+A, or a role button of the event panel: the selected event's next argument is the span selected next. */
  startArgument(role: string | null = null): void {
    const document = this.document
    const schema = this.schema
    const event = this.selectedSpan(document)
    if (!event || !schema || findLabel(schema, event.label)?.kind !== 'event') {
      this.view.setNotice('Select an event (its trigger span) first, then press Shift+A to attach an argument.')
      return
    }
    this.linkMode.start({ kind: 'argument', eventId: event.id, role })
    this.view.setNotice(null)
  }

  /** Shift+L: a relation from the selected span to the span selected next. */
  startRelation(): void {
    const span = this.selectedSpan()
    if (!span) {
      this.view.setNotice('Select a span first, then press Shift+L to link it to another.')
      return
    }
    this.linkMode.start({ kind: 'relation', headId: span.id })
    this.view.setNotice(null)
  }

  /**
   * Completes the link being made with the selected span as its `index`-th choice (digit
   * n is n - 1, Enter the first), then selects the link's source again for the next one.
   * False when no link is being made.
   */
  chooseLink(index: number): boolean {
    const mode = this.linkMode.getState()
    const document = this.document
    const schema = this.schema
    if (!mode || !document || !schema) return false
    const selected = this.selection.getState().selectedSpanId
    const target = selected === (mode.kind === 'argument' ? mode.eventId : mode.headId) ? null : selected
    const choice = linkChoices(schema, document.annotations, mode, target)[index]
    if (target === null || choice === undefined) {
      this.view.setNotice(target === null ? 'Tab to (or click) the span to link first.' : `${target} offers no choice ${index + 1} here.`)
      return true
    }
    this.attempt(() => {
      if (mode.kind === 'argument') document.addArgument(mode.eventId, target, choice)
      else document.addRelation(mode.headId, target, choice)
      this.linkMode.cancel()
      this.selectSpan(mode.kind === 'argument' ? mode.eventId : mode.headId)
    })
    return true
  }

  /** Escape: cancels the link being made (its source is selected again), or else clears the selection. */
  escape(): void {
    const mode = this.linkMode.getState()
    if (!mode) return this.clear()
    this.linkMode.cancel()
    this.selectSpan(mode.kind === 'argument' ? mode.eventId : mode.headId)
    this.view.setNotice(null)
  }

  removeArgument(eventId: string, index: number): void {
    this.attempt(() => this.document?.removeArgument(eventId, index))
  }

  removeRelation(relationId: string): void {
    this.attempt(() => this.document?.removeRelation(relationId))
  }

  setAttribute(spanId: string, name: string, value: string | null): void {
    this.attempt(() => this.document?.setAttribute(spanId, name, value))
  }

  selectSpan(spanId: string, options: { reveal?: boolean } = {}): void {
    const span = this.document?.findSpan(spanId)
    if (span) this.selection.selectSpan(span, options)
  }

  /**
   * A click on text covered by the spans `spanIds`: selects the shortest (innermost), or the
   * next longer one when that is already selected, so nested spans are all reachable.
   */
  clickSpans(spanIds: readonly string[]): void {
    const document = this.document
    if (!document) return
    const spans = spanIds.map((id) => document.findSpan(id)).filter((span): span is Span => span !== undefined)
    // Ties broken by id: the DOM nesting of spans on the same words changes when one is selected.
    spans.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.id.localeCompare(b.id))
    if (spans.length === 0) return
    const current = this.selection.getState().selectedSpanId
    const index = spans.findIndex((span) => span.id === current)
    this.selection.selectSpan(spans[(index + 1) % spans.length] as Span)
    // A role chosen in the event panel first: the click on its filler completes the argument.
    const mode = this.linkMode.getState()
    if (mode?.kind === 'argument' && mode.role !== null) this.chooseLink(0)
  }

  /** Tab / Shift+Tab: the next or previous span in text order from the selection. */
  cycleSpan(step: 1 | -1): void {
    const document = this.document
    if (!document) return
    const spans = document.annotations.spans
    if (spans.length === 0) return
    const state = this.selection.getState()
    let index = spans.findIndex((span) => span.id === state.selectedSpanId)
    if (index < 0) {
      const at = selectionRange(state)?.start ?? -1
      const after = spans.findIndex((span) => span.start >= at)
      index = step === 1 ? (after < 0 ? spans.length : after) - 1 : after < 0 ? spans.length : after
    }
    const next = spans[(index + step + spans.length) % spans.length] as Span
    this.selection.selectSpan(next, { reveal: true })
  }

  /**
   * Arrow keys move a word cursor; with `extend` (Shift) the head moves and the anchor stays.
   * For up and down, `verticalTarget` is the offset the view found one visual line away
   * (wrapped lines count); without it the cursor goes to the next or previous text line.
   */
  moveCursor(move: CursorMove, extend: boolean, verticalTarget?: (head: TextRange, direction: 1 | -1) => number | null): void {
    const document = this.document
    if (!document) return
    const { text } = document
    const state = this.selection.getState()
    const head = state.head
    let target: TextRange | null
    if (!head) target = tokenAfter(text, 0)
    else if (move === 'right') target = tokenAfter(text, head.end)
    else if (move === 'left') target = tokenBefore(text, head.start)
    else {
      const direction = move === 'down' ? 1 : -1
      const offset = verticalTarget?.(head, direction) ?? null
      const token = offset === null ? null : tokenAt(text, offset)
      // A target on the same token (the view found no line there) falls back to text lines.
      target = token && token.start !== head.start ? token : this.tokenOnNearbyLine(document, head, direction)
    }
    if (!target) return
    if (extend && state.anchor) this.selection.setRange(state.anchor, target, { reveal: true })
    else this.selection.setRange(target, target, { reveal: true })
  }

  /** A mouse selection (UTF-16 offsets), snapped to words unless `exact` or snapping is off. */
  selectText(start: number, end: number, exact: boolean): void {
    const document = this.document
    if (!document) return
    const range = exact || !this.view.getState().snapToWords ? { start: Math.min(start, end), end: Math.max(start, end) } : snapToWords(document.text, { start, end })
    if (!range || range.start === range.end) return this.selection.clear()
    this.selection.setRange(range)
  }

  /** A plain click on text: the word under it becomes the cursor. */
  placeCursor(offset: number): void {
    const document = this.document
    const token = document ? tokenAt(document.text, offset) : null
    if (token) this.selection.setRange(token)
    else this.selection.clear()
  }

  clear(): void {
    this.linkMode.cancel()
    this.selection.clear()
    this.view.setNotice(null)
  }

  undo(): void {
    if (this.document?.undo()) this.dropStaleSpanSelection()
  }

  redo(): void {
    if (this.document?.redo()) this.dropStaleSpanSelection()
  }

  /** Ctrl/Cmd+Enter: the document is done; open the next one not done in `order` (the list as shown). */
  async markDoneAndNext(order: readonly DocumentSummary[]): Promise<void> {
    const document = this.document
    if (!document) return
    this.attempt(() => document.setStatus('done'))
    if (document.annotations.status !== 'done') return
    const index = order.findIndex((summary) => summary.id === document.id)
    const rotated = [...order.slice(index + 1), ...order.slice(0, Math.max(index, 0))]
    const next = rotated.find((summary) => summary.status !== 'done') ?? rotated[0]
    this.selection.clear()
    if (next) await this.session.openDocument(next.id)
  }

  private dropStaleSpanSelection(): void {
    const state = this.selection.getState()
    if (!state.selectedSpanId || this.selectedSpan()) return
    // Keep the word cursor on the text (as Delete does), so a label undone can be given again at once.
    if (state.anchor && state.head) this.selection.setRange(state.anchor, state.head)
    else this.selection.clear()
  }

  private tokenOnNearbyLine(document: DocumentStore, head: TextRange, direction: 1 | -1): TextRange | null {
    const layout = layoutFor(document)
    const column = head.start - layout.lineStart(layout.lineOf(head.start))
    for (let line = layout.lineOf(head.start) + direction; line >= 0 && line < layout.lineCount; line += direction) {
      if (layout.lineLength(line) === 0) continue
      const start = layout.lineStart(line)
      return tokenAt(document.text, start + Math.min(column, layout.lineLength(line) - 1))
    }
    return null
  }
}
