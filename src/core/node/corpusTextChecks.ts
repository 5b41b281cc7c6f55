/**
 * Checks on corpus bytes and texts that strict UTF-8 decoding does not make: encodings
 * that are not UTF-8, NUL, invisible control characters, and lone surrogates (which
 * JSON escapes such as "\ud800" can produce).
 */

/** The UTF-16 flavour a byte order mark announces, or null. */
export function utf16ByteOrderMark(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE'
  return null
}

/** Offset of the first lone surrogate, or -1. */
export function findLoneSurrogate(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index++
      else return index
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return index
    }
  }
  return -1
}

/** C0 controls except tab, LF and CR; DEL; C1 controls (often Windows-1252 text decoded as Latin-1). */
const INVISIBLE_CONTROL = /[\u0001-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/g

/** Describes the invisible control characters of `text` (first one and count), or null when there are none. */
export function describeControlCharacters(text: string): string | null {
  const found = [...text.matchAll(INVISIBLE_CONTROL)]
  const first = found[0]
  if (!first) return null
  const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  const more = found.length > 1 ? ` and ${found.length - 1} more` : ''
  return `contains control character ${code} at utf16 offset ${first.index}${more}; kept, but invisible in the editor`
}

/** Why a decoded text cannot be a document (NUL, lone surrogate), or null. */
export function findTextProblem(text: string): string | null {
  const nul = text.indexOf('\u0000')
  if (nul >= 0) return `contains a NUL character at utf16 offset ${nul} (a binary file, or UTF-16 without a byte order mark?); save it as UTF-8 text`
  const surrogate = findLoneSurrogate(text)
  if (surrogate >= 0) return `has a lone surrogate at utf16 offset ${surrogate}`
  return null
}
