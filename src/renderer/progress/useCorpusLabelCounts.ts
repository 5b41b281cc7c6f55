import { useEffect, useRef, useState } from 'react'
import type { LabelCounts } from '../../core/api/importExportChannels'
import type { AppServices } from '../state/appServices'
import type { DocumentStore } from '../state/documentStore'

/** Above this many documents the counts are read once per project: reading every file at each switch would hold up saves. */
export const REFRESH_ON_SWITCH_MAX_DOCUMENTS = 1000

function labelsOf(document: DocumentStore): Record<string, number> {
  const labels: Record<string, number> = {}
  for (const { label } of document.annotations.spans) labels[label] = (labels[label] ?? 0) + 1
  return labels
}

/**
 * This annotator's spans per label in every document, as saved (the caller adds the shown
 * document's live counts). Read when the project opens and, for projects of up to 1,000
 * documents, again at each document switch (catching corpus-wide changes such as
 * annotate-all); in larger ones the document just left is patched in from its live spans.
 * Null until read, or when the API cannot say.
 */
export function useCorpusLabelCounts(services: AppServices, document: DocumentStore | null, projectDir: string | null, documentCount: number): LabelCounts | null {
  const [counts, setCounts] = useState<LabelCounts | null>(null)
  const left = useRef<DocumentStore | null>(null)
  const readFor = useRef<string | null>(null)
  useEffect(() => {
    if (projectDir === null) return
    const previous = left.current
    left.current = document
    if (readFor.current === projectDir && documentCount > REFRESH_ON_SWITCH_MAX_DOCUMENTS) {
      if (previous) {
        const patched = { documentId: previous.id, labels: labelsOf(previous) }
        setCounts((saved) => saved && { documents: [...saved.documents.filter((entry) => entry.documentId !== previous.id), patched] })
      }
      return
    }
    readFor.current = projectDir
    let current = true
    services.connection.api['project:labelCounts']({}).then(
      (value) => current && setCounts(value),
      () => current && setCounts(null)
    )
    return () => {
      current = false
    }
  }, [services, document, projectDir, documentCount])
  return counts
}
