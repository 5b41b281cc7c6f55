import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createWorkspace, SettingsError, type Workspace } from '../../core/node'
import { CliError } from '../cliError'
import { createToken, startWebServer, type WebServer } from './server'

export interface WebModeOptions {
  readonly homeDir: string
  /** Goldspan's package folder: its seeds/ are the default corpus, its out/renderer is served. */
  readonly packageRoot: string
  /** Opened at start (when the annotator is known) and offered to a first run instead of seeds/. */
  readonly corpus?: string
  readonly port?: number
}

export interface WebMode {
  readonly server: WebServer
  readonly workspace: Workspace
}

/** Starts the web mode: the workspace of `homeDir` served with a fresh token on 127.0.0.1. */
export async function startWebMode(options: WebModeOptions): Promise<WebMode> {
  const rendererDir = join(options.packageRoot, 'out', 'renderer')
  try {
    await access(join(rendererDir, 'index.html'))
  } catch {
    throw new CliError(`${join(rendererDir, 'index.html')} not found: build the app first (npm run build), or use npm run web`)
  }
  const corpus = options.corpus === undefined ? undefined : resolve(options.corpus)
  let workspace: Workspace
  try {
    workspace = await createWorkspace({ homeDir: options.homeDir, mode: 'web', defaultCorpus: corpus ?? join(options.packageRoot, 'seeds') })
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(error.message)
    throw error
  }
  if (corpus !== undefined && (await workspace.api['session:get']({})).annotator !== null) {
    await workspace.api['project:openCorpus']({ path: corpus })
  }
  const server = await startWebServer({ api: workspace.api, rendererDir, token: createToken(), port: options.port ?? 0 })
  return { server, workspace }
}
