import type { Channel } from './contract'

/**
 * Every channel name of the contract, without zod, so the sandboxed preload bundle can
 * list them without pulling in the validators. A test keeps it equal to the keys of
 * `channelPayloads`; the type import is erased at build time.
 */
export const CHANNEL_NAMES = [
  'session:get',
  'session:setAnnotator',
  'project:openCorpus',
  'project:open',
  'document:open',
  'document:save',
  'document:saveChanges',
  'project:export',
  'corpus:search',
  'corpus:annotateAll',
  'project:import',
  'suggestions:get',
  'job:start',
  'job:status',
  'job:cancel',
  'project:labelCounts',
  'review:summary',
  'review:document',
  'review:save',
  'agreement:report'
] as const satisfies readonly Channel[]

/** The IPC channel on which the desktop menu sends a MenuCommand to the renderer. */
export const MENU_CHANNEL = 'goldspan:menu'
