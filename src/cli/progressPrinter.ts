/** Corpora smaller than this import in a blink: no progress lines for them. */
export const PROGRESS_MIN_FILES = 1000

/**
 * An `onProgress(done, total)` that prints `reading 1000/5000 files (20%)` about every
 * tenth of the way, and only for large corpora, so small imports stay quiet and scripts
 * reading stdout are not disturbed (progress goes to stderr).
 */
export function progressPrinter(out: { write(text: string): unknown }): (done: number, total: number) => void {
  let nextAt = 0
  return (done, total) => {
    if (total < PROGRESS_MIN_FILES || done < nextAt) return
    nextAt = done + Math.ceil(total / 10)
    out.write(`reading ${done}/${total} files (${Math.floor((done / total) * 100)}%)\n`)
  }
}
