import { open } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { decodeUtf8Strict, Utf8DecodeError } from '../text'
import { atomicWrite } from './atomicWrite'
import { AtomicWriteError } from './errors'
import { currentFingerprint, fileFingerprint } from './fileFingerprint'

export interface SafeJsonFileOptions<T> {
  /** Validates parsed JSON; throws (any Error) with a reason when it does not fit. */
  readonly validate: (value: unknown) => T
  /** Deterministic text of the data, trailing newline included, or its UTF-8 bytes in pieces to write in order. */
  readonly serialize: (data: T) => string | readonly Uint8Array[]
  /** Builds the error thrown for an unreadable file, so callers get their own error class. */
  readonly toError: (file: string, reason: string) => Error
}

function describeError(error: unknown): string {
  if (error instanceof Utf8DecodeError) return `invalid UTF-8 at byte ${error.byteOffset} (${error.reason})`
  return error instanceof Error ? error.message : String(error)
}

/** JSON.parse with the position turned into line:column, which is what an editor shows. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(message)
    if (!position) throw new Error(`not valid JSON (${message})`)
    const before = text.slice(0, Number(position[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    throw new Error(`not valid JSON at line ${line}, column ${column} (${message})`)
  }
}

/**
 * Versions of files this process has read as valid or written itself, by path. Writing
 * over such a version needs no re-validation, which would cost as much as the write
 * (10k spans: ~60 ms); any other version, e.g. edited by hand since, is checked in full.
 */
const knownGood = new Map<string, string>()

/**
 * A lowdb adapter for one JSON file that never loses data. Unlike lowdb's JSONFile,
 * `read` throws on a file that is not UTF-8, not JSON or does not validate, instead of
 * letting `Low` fall back to its defaults (which the next write would save over the file);
 * and `write` refuses to replace such a file, then writes atomically keeping a `.bak`.
 * A missing file reads as null, which `Low` turns into its default data.
 */
export class SafeJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly options: SafeJsonFileOptions<T>
  ) {}

  async read(): Promise<T | null> {
    const result = await this.load()
    if ('reason' in result) throw this.options.toError(this.file, result.reason)
    return result.data
  }

  async write(data: T): Promise<void> {
    await this.writeVersion(data)
  }

  /**
   * `write`, returning the fingerprint of the version written, taken from the new file
   * before it replaced the old one: a stat after the rename could see someone else's edit
   * made in between and take it for this version.
   */
  async writeVersion(data: T): Promise<string> {
    const onDisk = await currentFingerprint(this.file)
    if (onDisk !== null && knownGood.get(this.file) !== onDisk) {
      const current = await this.load()
      if ('reason' in current) {
        throw this.options.toError(this.file, `not overwritten: the file on disk is unreadable (${current.reason}); repair or move it first`)
      }
    }
    try {
      const fingerprint = await atomicWrite(this.file, this.options.serialize(data))
      knownGood.set(this.file, fingerprint)
      return fingerprint
    } catch (error) {
      if (!(error instanceof AtomicWriteError)) throw error
      knownGood.delete(this.file)
      throw this.options.toError(this.file, error.replaced ? error.detail : `not saved: ${error.detail}`)
    }
  }

  private async load(): Promise<{ data: T | null } | { reason: string }> {
    let bytes: Uint8Array
    let fingerprint: string
    try {
      const handle = await open(this.file, 'r')
      try {
        fingerprint = fileFingerprint(await handle.stat({ bigint: true }))
        bytes = await handle.readFile()
      } finally {
        await handle.close()
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { data: null }
      return { reason: `cannot read: ${describeError(error)}` }
    }
    try {
      const { text } = decodeUtf8Strict(bytes, this.file)
      if (text.trim() === '') return { reason: 'file is empty' }
      const data = this.options.validate(parseJson(text))
      knownGood.set(this.file, fingerprint)
      return { data }
    } catch (error) {
      knownGood.delete(this.file)
      return { reason: describeError(error) }
    }
  }
}
