import type { Span } from '../model'

/** How the versions of one review unit relate; the rules are in docs/agreement.md ("Review"). */
export type ReviewGroup = 'agreed' | 'label-differs' | 'boundary-differs' | 'boundary-and-label-differ' | 'only-one'

/** Every group, in the order counts and reports list them. */
export const REVIEW_GROUPS: readonly ReviewGroup[] = ['agreed', 'label-differs', 'boundary-differs', 'boundary-and-label-differ', 'only-one']

/** One annotator's work on the document under review. */
export interface AnnotatorVersion {
  readonly annotator: string
  readonly annotations: { readonly spans: readonly Span[] }
}

/** One annotator's version of a unit: their span, or `null` when they marked nothing there. */
export interface UnitVersion {
  readonly annotator: string
  readonly span: Span | null
}

/** A place in the document where the annotators' spans are compared. Offsets are UTF-16 code units, `end` exclusive. */
export interface ReviewUnit {
  readonly group: ReviewGroup
  /** From the smallest start to the largest end of the unit's spans. */
  readonly start: number
  readonly end: number
  /** The range widened by `contextCharacters` on each side, clamped to the text. */
  readonly context: { readonly start: number; readonly end: number }
  /** One entry per annotator, in the order the versions were given. */
  readonly versions: readonly UnitVersion[]
}

export interface Disagreements {
  /** Sorted by start, then end, then the spans' ids in annotator order. */
  readonly units: readonly ReviewUnit[]
  readonly counts: Readonly<Record<ReviewGroup, number>>
}

export interface FindDisagreementsOptions {
  /** Length of the text (UTF-16 code units): context ranges never pass it. Unclamped when absent. */
  readonly textLength?: number
  /** Characters of context on each side of a unit; 40 when absent. */
  readonly contextCharacters?: number
}

interface Candidate {
  readonly span: Span
  readonly annotatorIndex: number
}

function overlapLength(a: Span, b: Span): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start)
}

function spanLength(span: Span): number {
  return span.end - span.start
}

function sameBoundary(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end
}

/**
 * Groups the spans several annotators put on one document into review units.
 * First, a boundary where every annotator has a span becomes one unit (`agreed` when one
 * label is common to all of them, else `label-differs`). Then each remaining span, longest
 * first (ties: earlier start, annotator order, id), anchors a unit that takes, from every other annotator, their unused
 * span overlapping it the most (ties: same label, then earlier start, then id); annotators
 * with no overlapping span are absent from the unit.
 */
export function findDisagreements(versions: readonly AnnotatorVersion[], options: FindDisagreementsOptions = {}): Disagreements {
  const names = versions.map((version) => version.annotator)
  const duplicate = names.find((name, index) => names.indexOf(name) !== index)
  if (duplicate !== undefined) throw new RangeError(`annotator "${duplicate}" is given twice`)
  const used = versions.map(() => new Set<Span>())
  const units: ReviewUnit[] = []
  const addUnit = (spans: readonly (Span | null)[]): void => {
    units.push(buildUnit(names, spans, options))
    spans.forEach((span, index) => span && used[index]?.add(span))
  }

  for (const boundary of boundariesMarkedByAll(versions)) {
    const atBoundary = versions.map((version) => version.annotations.spans.filter((span) => span.start === boundary.start && span.end === boundary.end))
    const commonLabel = atBoundary[0]?.map((span) => span.label).find((label) => atBoundary.every((spans) => spans.some((span) => span.label === label)))
    addUnit(atBoundary.map((spans) => (commonLabel === undefined ? spans[0] : spans.find((span) => span.label === commonLabel)) ?? null))
  }

  const remaining: Candidate[] = versions
    .flatMap((version, annotatorIndex) => version.annotations.spans.map((span) => ({ span, annotatorIndex })))
    .filter((candidate) => !used[candidate.annotatorIndex]?.has(candidate.span))
    .sort((a, b) => spanLength(b.span) - spanLength(a.span) || a.span.start - b.span.start || a.annotatorIndex - b.annotatorIndex || compareIds(a.span.id, b.span.id))
  for (const anchor of remaining) {
    if (used[anchor.annotatorIndex]?.has(anchor.span)) continue
    addUnit(
      versions.map((version, index) => {
        if (index === anchor.annotatorIndex) return anchor.span
        return bestCounterpart(anchor.span, version.annotations.spans.filter((span) => !used[index]?.has(span)))
      })
    )
  }

  units.sort(compareUnits)
  const counts = Object.fromEntries(REVIEW_GROUPS.map((group) => [group, 0])) as Record<ReviewGroup, number>
  for (const unit of units) counts[unit.group]++
  return { units, counts }
}

function boundariesMarkedByAll(versions: readonly AnnotatorVersion[]): { start: number; end: number }[] {
  const [first, ...rest] = versions
  if (!first) return []
  const seen = new Set<string>()
  const boundaries: { start: number; end: number }[] = []
  for (const span of first.annotations.spans) {
    const key = `${span.start}:${span.end}`
    if (seen.has(key)) continue
    seen.add(key)
    if (rest.every((version) => version.annotations.spans.some((other) => sameBoundary(other, span)))) boundaries.push({ start: span.start, end: span.end })
  }
  return boundaries
}

function bestCounterpart(anchor: Span, spans: readonly Span[]): Span | null {
  let best: Span | null = null
  for (const span of spans) {
    if (overlapLength(anchor, span) <= 0) continue
    if (best === null || rankCounterpart(anchor, span, best) < 0) best = span
  }
  return best
}

/** Negative when `a` is the better counterpart of `anchor` than `b`. */
function rankCounterpart(anchor: Span, a: Span, b: Span): number {
  return (
    overlapLength(anchor, b) - overlapLength(anchor, a) ||
    Number(b.label === anchor.label) - Number(a.label === anchor.label) ||
    a.start - b.start ||
    compareIds(a.id, b.id)
  )
}

function buildUnit(names: readonly string[], spans: readonly (Span | null)[], options: FindDisagreementsOptions): ReviewUnit {
  const present = spans.filter((span): span is Span => span !== null)
  const start = Math.min(...present.map((span) => span.start))
  const end = Math.max(...present.map((span) => span.end))
  const around = options.contextCharacters ?? 40
  const contextEnd = end + around
  return {
    group: classify(present, present.length < spans.length),
    start,
    end,
    context: { start: Math.max(0, start - around), end: options.textLength === undefined ? contextEnd : Math.min(options.textLength, contextEnd) },
    versions: names.map((annotator, index) => ({ annotator, span: spans[index] ?? null }))
  }
}

function classify(present: readonly Span[], someoneAbsent: boolean): ReviewGroup {
  const [first] = present
  const boundariesAgree = present.every((span) => first !== undefined && sameBoundary(span, first))
  const labelsAgree = present.every((span) => span.label === first?.label)
  if (boundariesAgree && labelsAgree) return someoneAbsent ? 'only-one' : 'agreed'
  if (boundariesAgree) return 'label-differs'
  if (labelsAgree) return 'boundary-differs'
  return 'boundary-and-label-differ'
}

function compareUnits(a: ReviewUnit, b: ReviewUnit): number {
  if (a.start !== b.start) return a.start - b.start
  if (a.end !== b.end) return a.end - b.end
  for (let index = 0; index < a.versions.length; index++) {
    const order = compareIds(a.versions[index]?.span?.id ?? '', b.versions[index]?.span?.id ?? '')
    if (order !== 0) return order
  }
  return 0
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
