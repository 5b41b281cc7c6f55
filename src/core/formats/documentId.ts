/**
 * A document id from a JSONL record's `id` (string or number), else `line-<n>`, so
 * that every document read can be named in reports and matched on the way back.
 */
export function documentIdOf(record: Record<string, unknown>, line: number): string {
  const id = record.id
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  return `line-${line}`
}
