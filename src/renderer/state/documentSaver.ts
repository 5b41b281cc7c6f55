import { changedSpanRun } from '../../core/annotations'
import type { GoldspanApi, SaveResult } from '../../core/api'
import type { DocumentAnnotations, Span } from '../../core/model'

export interface SpanChanges {
  readonly putSpans: Span[]
  readonly removedSpanIds: string[]
}

/** The spans of `after` that are new or changed since `before`, and the ids that went, by id. */
function diffById(before: readonly Span[], after: readonly Span[]): SpanChanges {
  const previous = new Map(before.map((span) => [span.id, span]))
  const putSpans: Span[] = []
  let kept = 0
  for (const span of after) {
    const old = previous.get(span.id)
    if (old !== undefined) kept++
    if (old !== span) putSpans.push(span)
  }
  const removedSpanIds: string[] = []
  if (kept < previous.size) {
    const present = new Set(after.map((span) => span.id))
    for (const id of previous.keys()) if (!present.has(id)) removedSpanIds.push(id)
  }
  return { putSpans, removedSpanIds }
}

/**
 * The spans of `after` that are new or changed since `before` (a span is never changed in
 * place, so another object means a change), and the ids that went: only the stretch between
 * the first and last change is compared (changedSpanRun), not 10k spans indexed.
 */
export function diffSpans(before: readonly Span[], after: readonly Span[]): SpanChanges {
  const run = changedSpanRun(before, after)
  return diffById(run.before, run.after)
}

/**
 * The save function of one open document. The first save sends the whole value unless the
 * document was opened with a revision; the next ones send only the spans put or removed
 * since the last save that succeeded (with the rest of the value, which is small), against
 * the revision it returned: a 10k-span document is 1.5 MB of JSON, and sending it took
 * longer than the label that caused it. When sending changes fails for any reason (the
 * server lost that base on a restart, the file was changed by another program), the whole
 * value is sent instead.
 */
export function createDocumentSaver(
  api: Pick<GoldspanApi, 'document:save' | 'document:saveChanges'>,
  /** The annotations as opened and the file's revision then, so the first save can be changes too. */
  opened: { readonly annotations: DocumentAnnotations; readonly revision: string } | null = null
): (annotations: DocumentAnnotations) => Promise<SaveResult> {
  let saved = opened
  const remember = (annotations: DocumentAnnotations, result: SaveResult): SaveResult => {
    saved = result.revision === undefined ? null : { annotations, revision: result.revision }
    return result
  }
  // The contract's types have mutable arrays; the copies cost microseconds even at 10k spans.
  const saveWhole = async (annotations: DocumentAnnotations): Promise<SaveResult> =>
    remember(annotations, await api['document:save']({ annotations: { ...annotations, spans: [...annotations.spans] } }))
  return async (annotations) => {
    const base = saved
    if (base === null) return saveWhole(annotations)
    const { putSpans, removedSpanIds } = diffSpans(base.annotations.spans, annotations.spans)
    let result: SaveResult
    try {
      result = await api['document:saveChanges']({ base: base.revision, annotations: { ...annotations, spans: putSpans }, removedSpanIds })
    } catch {
      return saveWhole(annotations)
    }
    return remember(annotations, result)
  }
}
