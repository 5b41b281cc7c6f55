const tails = new Map<string, Promise<unknown>>()

/**
 * Runs `task` after every task queued earlier under the same key has settled. Two
 * autosaves of one file started a few milliseconds apart could otherwise finish their
 * renames in the opposite order and leave the older version on disk.
 */
export function serializeByKey<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const result = previous.then(task, task)
  const tail = result.catch(() => undefined)
  tails.set(key, tail)
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key)
  })
  return result
}
