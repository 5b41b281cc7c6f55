/**
 * conlleval.pl's chunk boundary rules (Tjong Kim Sang, 2004-01-26 version), restated:
 * they cover IOB1, IOB2 and IOE tags and the `[`/`]` bracket notation. They know no
 * `S-` tag, and `B-` right after `E-` of the same type continues the chunk: BIOES must
 * be mapped to BIO first (see toBioTag) to be scored as intended.
 */
export function chunkEnds(previousTag: string, tag: string, previousType: string, type: string): boolean {
  if ((previousTag === 'B' || previousTag === 'I') && (tag === 'B' || tag === 'O')) return true
  if (previousTag === 'E' && (tag === 'E' || tag === 'I' || tag === 'O')) return true
  if (previousTag !== 'O' && previousTag !== '.' && previousType !== type) return true
  return previousTag === ']' || previousTag === '['
}

export function chunkStarts(previousTag: string, tag: string, previousType: string, type: string): boolean {
  if (tag === 'B' && (previousTag === 'B' || previousTag === 'I' || previousTag === 'O')) return true
  if (previousTag === 'O' && (tag === 'I' || tag === 'E')) return true
  if (previousTag === 'E' && (tag === 'E' || tag === 'I')) return true
  if (tag !== 'O' && tag !== '.' && previousType !== type) return true
  return tag === '[' || tag === ']'
}

/** Maps a BIOES tag to the BIO tag with the same chunks: `S-X` → `B-X`, `E-X` → `I-X`. */
export function toBioTag(tag: string): string {
  if (tag.startsWith('S-')) return `B-${tag.slice(2)}`
  if (tag.startsWith('E-')) return `I-${tag.slice(2)}`
  return tag
}
