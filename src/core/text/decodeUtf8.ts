/**
 * Strict UTF-8 decoding. `TextDecoder` either replaces bad bytes with U+FFFD (which
 * would silently shift offsets and change the sha256) or throws without saying where,
 * so the bytes are validated here first, by the well-formed sequences of Unicode
 * (Table 3-7), and only then decoded.
 */

const BOM = [0xef, 0xbb, 0xbf] as const

/** Thrown on the first ill-formed byte sequence; the message names the source and the byte. */
export class Utf8DecodeError extends Error {
  override readonly name = 'Utf8DecodeError'
  constructor(
    readonly source: string,
    /** Offset in the given bytes (BOM included) of the first byte of the ill-formed sequence. */
    readonly byteOffset: number,
    readonly reason: string
  ) {
    super(`${source}: invalid UTF-8 at byte ${byteOffset} (${reason})`)
  }
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

/** Allowed range of the second byte for each lead byte, and what a byte outside it means. */
function secondByteRule(lead: number): { min: number; max: number; otherwise: string } {
  if (lead === 0xe0) return { min: 0xa0, max: 0xbf, otherwise: 'overlong encoding' }
  if (lead === 0xed) return { min: 0x80, max: 0x9f, otherwise: 'encoded surrogate (U+D800–U+DFFF)' }
  if (lead === 0xf0) return { min: 0x90, max: 0xbf, otherwise: 'overlong encoding' }
  if (lead === 0xf4) return { min: 0x80, max: 0x8f, otherwise: 'code point above U+10FFFF' }
  return { min: 0x80, max: 0xbf, otherwise: 'expected a continuation byte' }
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/**
 * Finds the first ill-formed sequence in `bytes[from..]`: its offset (of its first byte)
 * and why it is ill-formed, or null when every byte is well-formed.
 */
export function findUtf8Error(bytes: Uint8Array, from = 0): { byteOffset: number; reason: string } | null {
  let index = from
  while (index < bytes.length) {
    const lead = bytes[index] as number
    if (lead < 0x80) {
      index++
      continue
    }
    const length = sequenceLength(lead)
    if (length === 0) {
      const reason =
        lead < 0xc0
          ? `unexpected continuation byte ${hex(lead)}`
          : lead < 0xc2
            ? `overlong encoding (lead byte ${hex(lead)})`
            : `byte ${hex(lead)} never appears in UTF-8`
      return { byteOffset: index, reason }
    }
    for (let position = 1; position < length; position++) {
      const byteIndex = index + position
      if (byteIndex >= bytes.length) {
        return { byteOffset: index, reason: `truncated ${length}-byte sequence at end of data` }
      }
      const byte = bytes[byteIndex] as number
      const rule = position === 1 ? secondByteRule(lead) : { min: 0x80, max: 0xbf, otherwise: 'expected a continuation byte' }
      if (byte < rule.min || byte > rule.max) {
        const isContinuation = byte >= 0x80 && byte <= 0xbf
        const reason = isContinuation ? rule.otherwise : `incomplete ${length}-byte sequence (${hex(byte)} where a continuation byte was expected)`
        return { byteOffset: index, reason }
      }
    }
    index += length
  }
  return null
}

/**
 * Decodes UTF-8 strictly. A leading BOM (EF BB BF) is dropped and reported in
 * `bomRemoved`; every other character, U+FEFF included, is kept as is.
 * Throws Utf8DecodeError naming `source` and the byte offset (counted in `bytes`,
 * BOM included) of the first ill-formed sequence.
 */
export function decodeUtf8Strict(bytes: Uint8Array, source: string): { text: string; bomRemoved: boolean } {
  const bomRemoved = bytes.length >= 3 && BOM.every((byte, index) => bytes[index] === byte)
  const start = bomRemoved ? 3 : 0
  const error = findUtf8Error(bytes, start)
  if (error) throw new Utf8DecodeError(source, error.byteOffset, error.reason)
  // ignoreBOM: true keeps a second U+FEFF, which is text, not a marker.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start))
  return { text, bomRemoved }
}
