/** A tag split the way conlleval splits it: `B-PER` → prefix `B`, type `PER`; `O` → `O`, ``. */
export interface ParsedTag {
  readonly prefix: string
  readonly type: string
}

/** Splits at the first hyphen, so types may themselves contain hyphens (`B-geo-loc`). */
export function parseTag(tag: string): ParsedTag {
  const hyphen = tag.indexOf('-')
  return hyphen < 0 ? { prefix: tag, type: '' } : { prefix: tag.slice(0, hyphen), type: tag.slice(hyphen + 1) }
}

/** True for `O` and for `B-`, `I-`, `E-`, `S-` tags with a type. */
export function isBioesTag(tag: string): boolean {
  return tag === 'O' || /^[BIES]-.+$/.test(tag)
}

/**
 * A chunk of tokens `[first, last]` (inclusive token indices) of one sentence.
 * Decoding is lenient as conlleval is: `I-` after `O` or after another type starts a
 * chunk (IOB1 and IOB2 both read), plus BIOES: `S-` is a chunk of one, `E-` ends one.
 */
export interface Chunk {
  readonly first: number
  readonly last: number
  readonly type: string
}

function startsChunk(previous: ParsedTag, current: ParsedTag): boolean {
  if (current.prefix === 'B' || current.prefix === 'S') return true
  if (current.prefix !== 'I' && current.prefix !== 'E') return false
  return previous.prefix === 'O' || previous.prefix === 'E' || previous.prefix === 'S' || previous.type !== current.type
}

function endsChunk(previous: ParsedTag, current: ParsedTag): boolean {
  if (previous.prefix === 'E' || previous.prefix === 'S') return true
  if (previous.prefix !== 'B' && previous.prefix !== 'I') return false
  return current.prefix === 'O' || current.prefix === 'B' || current.prefix === 'S' || previous.type !== current.type
}

/** Decodes one sentence's tags (already checked with isBioesTag) into chunks. */
export function decodeChunks(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = []
  let open: { first: number; type: string } | null = null
  let previous: ParsedTag = { prefix: 'O', type: '' }
  const parsed = [...tags.map(parseTag), { prefix: 'O', type: '' }]
  parsed.forEach((current, index) => {
    if (open && endsChunk(previous, current)) {
      chunks.push({ first: open.first, last: index - 1, type: open.type })
      open = null
    }
    if (startsChunk(previous, current)) open = { first: index, type: current.type }
    previous = current
  })
  return chunks
}

/** Tags for a sentence of `length` tokens holding non-overlapping chunks. */
export function encodeChunks(length: number, chunks: readonly Chunk[], scheme: 'BIO' | 'BIOES'): string[] {
  const tags = new Array<string>(length).fill('O')
  for (const { first, last, type } of chunks) {
    for (let index = first; index <= last; index++) {
      const position = index === first ? (index === last ? 'single' : 'begin') : index === last ? 'end' : 'inside'
      const prefix = scheme === 'BIO'
        ? position === 'begin' || position === 'single' ? 'B' : 'I'
        : { single: 'S', begin: 'B', end: 'E', inside: 'I' }[position]
      tags[index] = `${prefix}-${type}`
    }
  }
  return tags
}
