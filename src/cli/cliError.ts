/**
 * A failure the command explains itself: printed as `goldspan: <message>` without a
 * stack. `exitCode` is 1 for failures and 2 for usage errors (wrong or missing options).
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message)
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, 2)
}
