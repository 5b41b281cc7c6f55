import { changedSpanRun } from '../../core/annotations'
import type { Span } from '../../core/model'
import type { TextLayout } from './textLayout'

/**
 * The spans on each section's lines, kept up to date from successive span arrays by object
 * identity: an edit costs the spans it touches, not the document's 10k. A span running over
 * several sections is in each of them.
 */
export class SpansBySection {
  private readonly byId = new Map<string, Span>()
  private readonly members: Map<string, Span>[]
  /** The array the index holds, the base of the next update's comparison. */
  private indexed: readonly Span[] = []

  constructor(private readonly layout: TextLayout) {
    this.members = Array.from({ length: layout.sectionCount }, () => new Map<string, Span>())
  }

  /** The sections span `id` is drawn in (none if it is unknown). */
  sectionsOf(id: string): number[] {
    const span = this.byId.get(id)
    if (!span) return []
    const [first, last] = this.sectionBounds(span)
    return Array.from({ length: last - first + 1 }, (_, index) => first + index)
  }

  /** The spans on a section's lines, by start, longest first, then by id (a stable order whatever the edit history). */
  spansIn(section: number): Span[] {
    return [...(this.members[section]?.values() ?? [])].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  /** Takes the document's spans as they are now; returns the sections whose spans changed. */
  update(spans: readonly Span[]): Set<number> {
    const changed = new Set<number>()
    const run = changedSpanRun(this.indexed, spans)
    this.indexed = spans
    const arriving = new Set(run.after)
    for (const span of run.before) if (!arriving.has(span)) this.remove(span, changed)
    for (const span of arriving) {
      const known = this.byId.get(span.id)
      if (known === span) continue
      if (known) this.remove(known, changed)
      this.add(span, changed)
    }
    return changed
  }

  private sectionBounds(span: Span): [number, number] {
    // The last character decides the last section: a span ending at a line's end stays on that line.
    return [this.layout.sectionOfOffset(span.start), this.layout.sectionOfOffset(Math.max(span.start, span.end - 1))]
  }

  private add(span: Span, changed: Set<number>): void {
    this.byId.set(span.id, span)
    const [first, last] = this.sectionBounds(span)
    for (let section = first; section <= last; section++) {
      this.members[section]?.set(span.id, span)
      changed.add(section)
    }
  }

  private remove(span: Span, changed: Set<number>): void {
    this.byId.delete(span.id)
    const [first, last] = this.sectionBounds(span)
    for (let section = first; section <= last; section++) {
      this.members[section]?.delete(span.id)
      changed.add(section)
    }
  }
}
