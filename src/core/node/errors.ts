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
