/** Why the workspace refused a request; `code` travels in the API's error envelope. */
export type WorkspaceErrorCode = 'annotator-required' | 'no-project' | 'unknown-document' | 'wrong-annotator' | 'export-cancelled' | 'unknown-annotator'

/** A request the workspace refuses as asked (not a fault of the files): the message says what to do. */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError'
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string
  ) {
    super(message)
  }
}
