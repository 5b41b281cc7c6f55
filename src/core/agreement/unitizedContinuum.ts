import type { AnnotationSet } from './annotationSet'
import { sharedDocumentIds } from './annotationSet'

/** A stretch [start, end) of the continuum: one annotator's unit of a label, or a gap between units. */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly isUnit: boolean
}

/** What α_u works on: every annotator's units of each label laid on one continuum. */
export interface UnitizedContinuum {
  readonly length: number
  readonly documents: readonly string[]
  /** label → per annotator (in the order asked for) → units sorted by start, not overlapping. */
  readonly unitsByLabel: ReadonlyMap<string, readonly (readonly Segment[])[]>
  /** Spans folded into another span of the same annotator and label because they overlapped. */
  readonly mergedSpans: number
}

/** Overlapping units of one annotator and label become their union; touching ones stay apart. */
function mergeOverlapping(units: { start: number; end: number }[]): { merged: Segment[]; folded: number } {
  const sorted = [...units].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: { start: number; end: number; isUnit: true }[] = []
  let folded = 0
  for (const unit of sorted) {
    const last = merged[merged.length - 1]
    if (last && unit.start < last.end) {
      last.end = Math.max(last.end, unit.end)
      folded++
    } else {
      merged.push({ start: unit.start, end: unit.end, isUnit: true })
    }
  }
  return { merged, folded }
}

/**
 * Lays the documents every annotator annotated end to end, sorted by id, into one
 * continuum of Σ length positions (UTF-16 units), and places each annotator's spans on it.
 * Throws a RangeError for a document without a length or a span beyond its document's end.
 */
export function buildUnitizedContinuum(
  set: AnnotationSet,
  annotators: readonly string[],
  documentLengths: Readonly<Record<string, number>>
): UnitizedContinuum {
  const documents = sharedDocumentIds(set, annotators)
  const raw = new Map<string, { start: number; end: number }[][]>()
  let offset = 0
  for (const documentId of documents) {
    const length = Object.hasOwn(documentLengths, documentId) ? documentLengths[documentId] : undefined
    if (length === undefined || !Number.isInteger(length) || length < 0) {
      throw new RangeError(`document "${documentId}": no text length given for α_u`)
    }
    annotators.forEach((annotator, index) => {
      for (const span of set[annotator]?.[documentId] ?? []) {
        if (span.end > length) {
          throw new RangeError(`annotator "${annotator}", document "${documentId}": span ${span.start}-${span.end} ends beyond the text (length ${length})`)
        }
        const perAnnotator = raw.get(span.label) ?? annotators.map(() => [])
        perAnnotator[index]!.push({ start: offset + span.start, end: offset + span.end })
        raw.set(span.label, perAnnotator)
      }
    })
    offset += length
  }
  let mergedSpans = 0
  const unitsByLabel = new Map<string, Segment[][]>()
  for (const [label, perAnnotator] of raw) {
    unitsByLabel.set(
      label,
      perAnnotator.map((units) => {
        const { merged, folded } = mergeOverlapping(units)
        mergedSpans += folded
        return merged
      })
    )
  }
  return { length: offset, documents, unitsByLabel, mergedSpans }
}

/** One annotator's partition of [0, length): its units and the gaps between them. */
export function segmentsOf(units: readonly Segment[], length: number): Segment[] {
  const segments: Segment[] = []
  let cursor = 0
  for (const unit of units) {
    if (unit.start > cursor) segments.push({ start: cursor, end: unit.start, isUnit: false })
    segments.push(unit)
    cursor = unit.end
  }
  if (cursor < length) segments.push({ start: cursor, end: length, isUnit: false })
  return segments
}
