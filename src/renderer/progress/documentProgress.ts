import type { DocumentSummary } from '../../core/api/contract'
import { DOCUMENT_STATUSES, type DocumentStatus, type Span } from '../../core/model'

/** How many documents are at each status, in the order todo, in_progress, done. */
export function countByStatus(documents: readonly DocumentSummary[]): Record<DocumentStatus, number> {
  const counts = Object.fromEntries(DOCUMENT_STATUSES.map((status) => [status, 0])) as Record<DocumentStatus, number>
  for (const document of documents) counts[document.status]++
  return counts
}

/** Spans per label, in the order of `labels` (the schema's), then any label the schema no longer has. */
export function countByLabel(spans: readonly Span[], labels: readonly string[]): { label: string; count: number }[] {
  const counts = new Map<string, number>(labels.map((label) => [label, 0]))
  for (const span of spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1)
  return [...counts].map(([label, count]) => ({ label, count }))
}

/**
 * Spans per label in the corpus: the saved counts of every document but `live.documentId`,
 * whose spans are taken as they are now (unsaved edits included).
 */
export function corpusCountByLabel(
  saved: readonly { readonly documentId: string; readonly labels: Readonly<Record<string, number>> }[],
  live: { readonly documentId: string; readonly spans: readonly Span[] } | null,
  labels: readonly string[]
): Map<string, number> {
  const counts = new Map<string, number>(labels.map((label) => [label, 0]))
  for (const document of saved) {
    if (document.documentId === live?.documentId) continue
    for (const [label, count] of Object.entries(document.labels)) counts.set(label, (counts.get(label) ?? 0) + count)
  }
  for (const span of live?.spans ?? []) counts.set(span.label, (counts.get(span.label) ?? 0) + 1)
  return counts
}
