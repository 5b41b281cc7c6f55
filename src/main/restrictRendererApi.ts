import { resolve } from 'node:path'
import type { GoldspanApi } from '../core/api'

export const FORBIDDEN_PATH = 'forbidden-path'

/** The paths the desktop renderer may name: the bundled corpus and projects the annotator already opened from the menu. */
export interface RendererPaths {
  readonly defaultCorpus: string
  readonly recentProjects: readonly string[]
}

class ForbiddenPathError extends Error {
  readonly code = FORBIDDEN_PATH
}

/**
 * The API as the desktop renderer gets it over IPC. In the desktop app paths are chosen in
 * native dialogs by the main process (the menu calls the workspace directly); the renderer
 * only opens the default corpus on a first run. So a renderer running injected code cannot
 * use `project:openCorpus` or `project:open` to read other folders of the disk.
 */
export function restrictRendererApi(api: GoldspanApi, allowed: () => RendererPaths): GoldspanApi {
  const refuse = (what: string, path: string): never => {
    throw new ForbiddenPathError(`${what} ${JSON.stringify(path)}: refused, the desktop window opens other folders through the File menu only`)
  }
  return {
    ...api,
    'project:openCorpus': async (payload) =>
      resolve(payload.path) === resolve(allowed().defaultCorpus) ? api['project:openCorpus'](payload) : refuse('corpus', payload.path),
    'project:open': async (payload) =>
      allowed().recentProjects.some((dir) => resolve(dir) === resolve(payload.dir)) ? api['project:open'](payload) : refuse('project', payload.dir)
  }
}
