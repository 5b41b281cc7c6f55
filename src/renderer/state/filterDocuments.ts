import type { DocumentSummary } from '../../core/api/contract'
import type { StatusFilter } from './viewStore'

/** The documents whose id contains `name` (case-insensitive) and whose status matches. */
export function filterDocuments(documents: readonly DocumentSummary[], name: string, status: StatusFilter): readonly DocumentSummary[] {
  const needle = name.trim().toLocaleLowerCase()
  if (needle === '' && status === 'all') return documents
  return documents.filter(
    (summary) => (status === 'all' || summary.status === status) && (needle === '' || summary.id.toLocaleLowerCase().includes(needle))
  )
}
