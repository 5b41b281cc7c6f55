/** What the codes a write can fail with mean to a user; the code itself is kept in the message for support. */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied (read-only folder or file?)',
  EPERM: 'not permitted (read-only folder, or the file is locked by another program?)',
  EBUSY: 'the file is locked by another program',
  EISDIR: 'a folder is in the way',
  ENOTDIR: 'a file is in the way of a folder',
  ENOENT: 'the folder does not exist',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error (failing or disconnected drive?)'
}

/** `the disk is full (ENOSPC, write)`, or the error's own message for codes without a known meaning. */
export function fileSystemErrorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const { code, syscall } = error as NodeJS.ErrnoException
  const reason = code === undefined ? undefined : REASONS[code]
  if (reason === undefined) return error.message
  return `${reason} (${code}${syscall ? `, ${syscall}` : ''})`
}
