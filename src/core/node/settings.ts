import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { formatZodIssues } from '../schema'
import { GOLD_ANNOTATOR } from './project'
import { SafeJsonFile } from './safeJsonFile'

export const SETTINGS_FILE = 'settings.json'
export const MAX_RECENT_PROJECTS = 10

/** A settings file that cannot be read; it is reported and never replaced by defaults. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError'
}

const windowBoundsShape = z
  .object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(200).max(20_000),
    height: z.number().int().min(200).max(20_000)
  })
  .strict()

const settingsShape = z
  .object({
    version: z.literal(1),
    /** Kept per machine: the name under which this person's annotation files are written. */
    annotator: z
      .string()
      .regex(/^[\p{L}\p{N}_.-]{1,64}$/u)
      .refine((name) => name !== GOLD_ANNOTATOR && !/^\.+$/.test(name), 'is reserved')
      .nullable(),
    /** Absolute project folders, most recent first. */
    recentProjects: z.array(z.string().min(1)),
    windowBounds: windowBoundsShape.optional()
  })
  .strict()

export type Settings = z.output<typeof settingsShape>
export type WindowBounds = z.output<typeof windowBoundsShape>

export const DEFAULT_SETTINGS: Settings = { version: 1, annotator: null, recentProjects: [] }

function serializeSettings(settings: Settings): string {
  const ordered: Settings = {
    version: settings.version,
    annotator: settings.annotator,
    recentProjects: settings.recentProjects,
    ...(settings.windowBounds ? { windowBounds: settings.windowBounds } : {})
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

/** Puts `dir` first, without duplicates, keeping at most MAX_RECENT_PROJECTS. */
export function withRecentProject(recent: readonly string[], dir: string): string[] {
  return [dir, ...recent.filter((other) => other !== dir)].slice(0, MAX_RECENT_PROJECTS)
}

/**
 * The per-machine settings in `<homeDir>/settings.json`. Writes are atomic and keep a
 * `.bak`; one at a time, in call order. A file that cannot be read makes `loadSettings`
 * throw a SettingsError naming it: starting from defaults would overwrite it on the next
 * change and lose the annotator's name and recent projects without a word.
 */
export class SettingsStore {
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    private readonly file: SafeJsonFile<Settings>,
    private settings: Settings
  ) {}

  static async load(homeDir: string): Promise<SettingsStore> {
    const file = new SafeJsonFile<Settings>(join(homeDir, SETTINGS_FILE), {
      validate: (value) => {
        const result = settingsShape.safeParse(value)
        if (!result.success) throw new Error(`invalid settings: ${formatZodIssues(result.error.issues)}`)
        return result.data
      },
      serialize: serializeSettings,
      toError: (path, reason) => new SettingsError(`${path}: ${reason}; fix or remove the file`)
    })
    await mkdir(homeDir, { recursive: true })
    return new SettingsStore(file, (await file.read()) ?? DEFAULT_SETTINGS)
  }

  get current(): Settings {
    return this.settings
  }

  /** Applies `change` in memory at once and queues the write; resolves when it is on disk. */
  update(change: (settings: Settings) => Settings): Promise<void> {
    const next = change(this.settings)
    this.settings = next
    const write = this.writing.then(() => this.file.write(next))
    this.writing = write.catch(() => undefined)
    return write
  }
}
