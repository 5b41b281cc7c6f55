/** One text of a corpus, exactly as read (no normalisation of line ends or spaces). */
export interface CorpusDocument {
  /** File name without extension, or the `id` field of a JSONL record. */
  readonly id: string
  readonly text: string
  /** sha256 of the UTF-8 encoding of `text`, lowercase hex. */
  readonly sha256: string
  /** Where it was read from: a file path, or `file.jsonl:line`. */
  readonly source: string
  /** Extra fields of a JSONL record; empty for text files. */
  readonly meta: Readonly<Record<string, unknown>>
}
