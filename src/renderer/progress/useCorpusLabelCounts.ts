import { useEffect, useState } from 'react'
import type { LabelCounts } from '../../core/api/importExportChannels'
import type { AppServices } from '../state/appServices'

/**
 * This annotator's spans per label in every document, as saved, read again each time the
 * shown document changes (the shown one's live counts are added by the caller). Null
 * until read, or when the API cannot say.
 */
export function useCorpusLabelCounts(services: AppServices, currentDocumentId: string | null, projectDir: string | null): LabelCounts | null {
  const [counts, setCounts] = useState<LabelCounts | null>(null)
  useEffect(() => {
    if (projectDir === null) return
    let current = true
    services.connection.api['project:labelCounts']({}).then(
      (value) => current && setCounts(value),
      () => current && setCounts(null)
    )
    return () => {
      current = false
    }
  }, [services, currentDocumentId, projectDir])
  return counts
}
