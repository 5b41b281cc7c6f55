import { parseTag } from './bioChunks'

/** A sentence's tags as read, with the 1-based line each came from. */
export interface TaggedLine {
  readonly tag: string
  readonly line: number
}

/**
 * Why a sentence's tags break the declared scheme, one entry per offending line. BIO
 * takes `B-`, `I-` and `O` (an `I-` opening a chunk, as in IOB1, is accepted); BIOES also
 * requires every chunk of several tokens to be `B- I-… E-` and every one-token chunk `S-`.
 */
export function checkTagScheme(lines: readonly TaggedLine[], scheme: 'BIO' | 'BIOES'): Array<{ line: number; reason: string }> {
  const problems: Array<{ line: number; reason: string }> = []
  lines.forEach(({ tag, line }, index) => {
    const { prefix, type } = parseTag(tag)
    if (scheme === 'BIO') {
      if (prefix === 'E' || prefix === 'S') problems.push({ line, reason: `"${tag}" is a BIOES tag, but the file is read as BIO` })
      return
    }
    const previous = index > 0 ? parseTag(lines[index - 1]?.tag ?? 'O') : { prefix: 'O', type: '' }
    const next = index + 1 < lines.length ? parseTag(lines[index + 1]?.tag ?? 'O') : { prefix: 'O', type: '' }
    const continues = (prefix === 'B' || prefix === 'I') && !((next.prefix === 'I' || next.prefix === 'E') && next.type === type)
    const opened = (prefix === 'I' || prefix === 'E') && !((previous.prefix === 'B' || previous.prefix === 'I') && previous.type === type)
    if (opened) problems.push({ line, reason: `"${tag}" does not follow B-${type} or I-${type} (BIOES)` })
    else if (continues) problems.push({ line, reason: `"${tag}" is not followed by I-${type} or E-${type} (BIOES: a chunk ends with E-, a one-token chunk is S-)` })
  })
  return problems
}
