/**
 * Conversions between the two offset units Goldspan speaks.
 *
 * - `utf16`: JavaScript string indices (UTF-16 code units). Used in memory and on disk.
 *   Label Studio and browsers count this way.
 * - `codepoint`: Unicode code points. Python's `str` indexes this way, so gold JSONL
 *   defaults to it. An emoji outside the BMP is 2 units in utf16 and 1 here; CRLF,
 *   NBSP and combining marks count the same in both.
 */
export type OffsetUnit = 'utf16' | 'codepoint'

export const OFFSET_UNITS: readonly OffsetUnit[] = ['codepoint', 'utf16']

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))
}

/** Converts a UTF-16 offset to a code point offset. Throws RangeError off the text or inside a pair. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`utf16 offset ${utf16Offset} is outside the text (length ${text.length})`)
  }
  if (splitsSurrogatePair(text, utf16Offset)) {
    throw new RangeError(`utf16 offset ${utf16Offset} splits a surrogate pair`)
  }
  let codePoints = 0
  for (let index = 0; index < utf16Offset; codePoints++) {
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1
  }
  return codePoints
}

/** Converts a code point offset to a UTF-16 offset. Throws RangeError off the text. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  if (!Number.isInteger(codePointOffset) || codePointOffset < 0) {
    throw new RangeError(`code point offset ${codePointOffset} is not a non-negative integer`)
  }
  let index = 0
  for (let seen = 0; seen < codePointOffset; seen++) {
    if (index >= text.length) {
      throw new RangeError(`code point offset ${codePointOffset} is outside the text`)
    }
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1
  }
  return index
}

/**
 * Converts many offsets of one text in a single pass: O(text + offsets log offsets)
 * instead of one scan per offset, which matters for 10k-span exports.
 */
export function createOffsetConverter(text: string): {
  toCodePoint: (utf16Offset: number) => number
  toUtf16: (codePointOffset: number) => number
} {
  // utf16Starts[i] = utf16 index of code point i; one extra entry for the end.
  const utf16Starts: number[] = []
  const codePointAt = new Int32Array(text.length + 1).fill(-1)
  let codePoint = 0
  for (let index = 0; index < text.length; codePoint++) {
    utf16Starts.push(index)
    codePointAt[index] = codePoint
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1
  }
  utf16Starts.push(text.length)
  codePointAt[text.length] = codePoint
  return {
    toCodePoint(utf16Offset) {
      const value = Number.isInteger(utf16Offset) ? codePointAt[utf16Offset] : undefined
      if (value === undefined || value < 0) {
        throw new RangeError(
          utf16Offset >= 0 && utf16Offset <= text.length
            ? `utf16 offset ${utf16Offset} splits a surrogate pair`
            : `utf16 offset ${utf16Offset} is outside the text (length ${text.length})`
        )
      }
      return value
    },
    toUtf16(codePointOffset) {
      const value = Number.isInteger(codePointOffset) ? utf16Starts[codePointOffset] : undefined
      if (value === undefined) {
        throw new RangeError(`code point offset ${codePointOffset} is outside the text (length ${utf16Starts.length - 1})`)
      }
      return value
    }
  }
}
