/**
 * One annotator's span as the agreement measures see it: offsets in UTF-16 code units,
 * `end` exclusive, and a label. Ids, timestamps and texts play no part in agreement.
 */
export interface AgreementSpan {
  readonly start: number
  readonly end: number
  readonly label: string
}

/**
 * The input of every agreement measure: annotator name → document id → that annotator's
 * spans on that document. A document listed with an empty array was annotated and holds
 * no span; a document absent for an annotator was not annotated by them, and measures
 * leave it out of any comparison involving that annotator (see `sharedDocumentIds`).
 */
export type AnnotationSet = Readonly<Record<string, Readonly<Record<string, readonly AgreementSpan[]>>>>

/**
 * Throws a RangeError naming the annotator, document and span index of the first span
 * whose offsets are not integers with 0 <= start < end, or whose label is empty.
 */
export function checkAnnotationSet(set: AnnotationSet): void {
  for (const [annotator, documents] of Object.entries(set)) {
    for (const [documentId, spans] of Object.entries(documents)) {
      spans.forEach((span, index) => {
        const where = `annotator "${annotator}", document "${documentId}", span ${index}`
        const { start, end, label } = span
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
          throw new RangeError(`${where}: offsets ${start}-${end} are not integers with 0 <= start < end`)
        }
        if (typeof label !== 'string' || label.length === 0) throw new RangeError(`${where}: empty label`)
      })
    }
  }
}

/** The document ids every one of `annotators` has an entry for, sorted (code unit order). */
export function sharedDocumentIds(set: AnnotationSet, annotators: readonly string[]): string[] {
  const [first, ...rest] = annotators.map((annotator) => {
    const documents = set[annotator]
    if (!documents) throw new RangeError(`unknown annotator "${annotator}"`)
    return documents
  })
  if (!first) return []
  return Object.keys(first)
    .filter((documentId) => rest.every((documents) => Object.hasOwn(documents, documentId)))
    .sort(compareStrings)
}

/** Code unit order, independent of the locale, so every run sorts the same way. */
export function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
