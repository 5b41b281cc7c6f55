/** A corpus (folder of .txt or JSONL file) that cannot be read at all. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError'
}

/** A project that cannot be created, opened or extended; the message names goldspan.json or the cause. */
export class ProjectError extends Error {
  override readonly name = 'ProjectError'
}

/**
 * An annotation file that cannot be read, or annotations that cannot be saved to it.
 * The file is never overwritten when this is thrown.
 */
export class AnnotationFileError extends Error {
  override readonly name = 'AnnotationFileError'
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`)
  }
}

/**
 * A write that failed. `replaced` says whether the new version had already taken the
 * file's place (only keeping the .bak or the final folder sync failed); when false, the
 * file and its .bak are exactly as they were.
 */
export class AtomicWriteError extends Error {
  override readonly name = 'AtomicWriteError'
  /** The message without the file name, for errors that name the file themselves. */
  readonly detail: string
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly replaced: boolean,
    options?: { cause: unknown }
  ) {
    const detail = replaced ? `written, but ${reason}` : `cannot write: ${reason}; the previous version is kept`
    super(`${file}: ${detail}`, options)
    this.detail = detail
  }
}

/** Who holds a project's lock, as written in `.goldspan.lock`. */
export interface ProjectLockHolder {
  readonly pid: number
  readonly host: string
  /** ISO 8601. */
  readonly startedAt: string
}

/** A project whose lock is held by another Goldspan (or by this one already). */
export class ProjectLockedError extends Error {
  override readonly name = 'ProjectLockedError'
  constructor(
    readonly dir: string,
    readonly lockFile: string,
    /** Null when the lock file is still being written by the other Goldspan. */
    readonly holder: ProjectLockHolder | null,
    reason: string
  ) {
    super(`project ${dir} ${reason}`)
  }
}
