import type { SaveStatus } from './autosaveQueue'

/**
 * One save state for the whole window, from every open document's queue: a failure anywhere
 * shows first, then a save in flight, then the latest successful save.
 */
export function combineSaveStatus(statuses: readonly SaveStatus[]): SaveStatus {
  const failed = statuses.find((status) => status.kind === 'failed')
  if (failed) return failed
  if (statuses.some((status) => status.kind === 'saving')) return { kind: 'saving' }
  let latest: SaveStatus = { kind: 'idle' }
  for (const status of statuses) {
    if (status.kind === 'saved' && (latest.kind !== 'saved' || status.savedAt > latest.savedAt)) latest = status
  }
  return latest
}
