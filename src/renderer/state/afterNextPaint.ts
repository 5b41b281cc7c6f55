const HIDDEN_PAGE_FALLBACK_MS = 100

/**
 * Resolves once the browser has painted the frame after now, in a task of its own (or after
 * HIDDEN_PAGE_FALLBACK_MS, as a hidden page paints no frames). Work that can wait for it
 * lets an edit be shown first.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, HIDDEN_PAGE_FALLBACK_MS)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() => {
      clearTimeout(fallback)
      setTimeout(resolve, 0)
    })
  })
}
