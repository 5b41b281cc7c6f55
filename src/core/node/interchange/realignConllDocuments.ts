import type { InterchangeDocument } from '../../formats/interchange'
import type { CorpusDocument } from '../../model'

/** Positions (UTF-16) of the text's non-whitespace characters, and those characters joined. */
function visibleCharacters(text: string): { joined: string; positions: number[] } {
  const positions: number[] = []
  let joined = ''
  for (let index = 0; index < text.length; index++) {
    if (/\s/u.test(text[index] ?? '')) continue
    positions.push(index)
    joined += text[index]
  }
  return { joined, positions }
}

/**
 * CoNLL keeps tokens, not the text: reading rebuilds one (tokens joined by spaces) named
 * `doc-<n>`. Such a document is laid back onto the one project document whose text has the
 * same characters once whitespace is left out; its spans move to that text's offsets, and
 * it takes that document's id and text, so the import's id and sha256 checks then pass. A
 * document that matches none (or several) is kept as read, and the import names it.
 */
export function realignConllDocuments(documents: readonly InterchangeDocument[], projectDocuments: readonly CorpusDocument[]): InterchangeDocument[] {
  const targets = projectDocuments.map((document) => ({ document, visible: visibleCharacters(document.text) }))
  return documents.map((read) => {
    const readVisible = visibleCharacters(read.text)
    const matches = targets.filter((target) => target.visible.joined === readVisible.joined)
    const target = matches.length === 1 ? matches[0] : undefined
    if (!target) return read
    // The k-th visible character of the read text is the k-th of the project text.
    const visibleIndexAt = new Map(readVisible.positions.map((position, k) => [position, k]))
    const spans = read.spans.map((span) => {
      const first = visibleIndexAt.get(span.start)
      const last = visibleIndexAt.get(span.end - 1)
      // Spans read from CoNLL start and end on tokens, never on whitespace; left as read otherwise.
      if (first === undefined || last === undefined) return span
      return { ...span, start: target.visible.positions[first] ?? span.start, end: (target.visible.positions[last] ?? span.end - 1) + 1 }
    })
    return { id: target.document.id, text: target.document.text, spans }
  })
}
