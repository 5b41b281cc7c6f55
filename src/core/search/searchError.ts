/** A query that cannot run (an invalid regular expression, an empty query); the message is for the user. */
export class SearchError extends Error {
  override readonly name = 'SearchError'
}
