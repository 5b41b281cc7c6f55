import { describe, expect, it } from 'vitest'
import { createOffsetConverter, splitsSurrogatePair, toCodePointOffset, toUtf16Offset } from '../../../src/core/text'

// Hand-worked examples. In each, `|` marks the offsets checked:
// "a😀b": a=U+0061 (1 unit), 😀=U+1F600 (2 units D83D DE00, 1 code point), b (1 unit).
//   utf16:     0 a 1 [D83D 2 DE00] 3 b 4
//   codepoint: 0 a 1 😀 2 b 3
const EMOJI = 'a\u{1F600}b'

describe('toCodePointOffset / toUtf16Offset', () => {
  it('counts an emoji outside the BMP as 2 utf16 units and 1 code point', () => {
    expect(EMOJI.length).toBe(4)
    expect([0, 1, 3, 4].map((offset) => toCodePointOffset(EMOJI, offset))).toEqual([0, 1, 2, 3])
    expect([0, 1, 2, 3].map((offset) => toUtf16Offset(EMOJI, offset))).toEqual([0, 1, 3, 4])
  })

  it('counts CR and LF of a CRLF as one unit each in both units', () => {
    const text = 'a\r\nb' // a=0, CR=1, LF=2, b=3
    expect(toCodePointOffset(text, 3)).toBe(3)
    expect(toUtf16Offset(text, 4)).toBe(4)
  })

  it('counts NBSP U+00A0 as one unit in both', () => {
    const text = '12\u00a0000 km'
    expect(toCodePointOffset(text, 3)).toBe(3)
    expect(toUtf16Offset(text, 9)).toBe(9)
  })

  it('counts a combining mark as its own code point (e + U+0301 is 2, not 1)', () => {
    const text = 'de\u0301ja' // d e ◌́ j a
    expect(text.length).toBe(5)
    expect(toCodePointOffset(text, 3)).toBe(3)
    expect(toUtf16Offset(text, 5)).toBe(5)
  })

  it('shifts later offsets by one per preceding astral character', () => {
    // "🇫🇷 Paris": two regional indicators (4 units, 2 code points), space, Paris.
    const text = '\u{1F1EB}\u{1F1F7} Paris'
    expect(toCodePointOffset(text, 5)).toBe(3) // start of "Paris"
    expect(toUtf16Offset(text, 8)).toBe(10) // end of "Paris"
  })

  it('rejects an offset inside a surrogate pair', () => {
    expect(() => toCodePointOffset(EMOJI, 2)).toThrow(new RangeError('utf16 offset 2 splits a surrogate pair'))
  })

  it('rejects offsets outside the text or not integers', () => {
    expect(() => toCodePointOffset(EMOJI, 5)).toThrow(/outside the text \(length 4\)/)
    expect(() => toCodePointOffset(EMOJI, -1)).toThrow(RangeError)
    expect(() => toCodePointOffset(EMOJI, 1.5)).toThrow(RangeError)
    expect(() => toUtf16Offset(EMOJI, 4)).toThrow(/outside the text/)
    expect(() => toUtf16Offset(EMOJI, -1)).toThrow(RangeError)
  })

  it('counts a lone surrogate as one code point, as Python does', () => {
    const text = '\ud800x'
    expect(toCodePointOffset(text, 1)).toBe(1)
    expect(toUtf16Offset(text, 2)).toBe(2)
  })
})

describe('splitsSurrogatePair', () => {
  it('is true only between the two halves of a pair', () => {
    expect([0, 1, 2, 3, 4].map((offset) => splitsSurrogatePair(EMOJI, offset))).toEqual([false, false, true, false, false])
  })

  it('is false next to a lone surrogate, which is not a pair', () => {
    expect(splitsSurrogatePair('\ud800a', 1)).toBe(false)
    expect(splitsSurrogatePair('a\udc00', 1)).toBe(false)
  })
})

/** Small seeded PRNG (mulberry32) so failures are reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = ['a', 'é', 'e\u0301', '\r\n', '\t', '\u00a0', '’', '\u{1F600}', '\u{1F1EB}\u{1F1F7}', '\u{10FFFF}', '\ud800', '\udc00']

function randomText(random: () => number): string {
  let text = ''
  const length = Math.floor(random() * 30)
  for (let index = 0; index < length; index++) text += PIECES[Math.floor(random() * PIECES.length)]
  return text
}

describe('createOffsetConverter', () => {
  it('agrees with the single-offset functions and with Array.from on random strings', () => {
    const random = mulberry32(20261125)
    for (let round = 0; round < 300; round++) {
      const text = randomText(random)
      const converter = createOffsetConverter(text)
      for (let offset = 0; offset <= text.length + 1; offset++) {
        let single: number | string
        try {
          single = toCodePointOffset(text, offset)
        } catch {
          single = 'throws'
        }
        let many: number | string
        try {
          many = converter.toCodePoint(offset)
        } catch {
          many = 'throws'
        }
        expect(many, `toCodePoint(${JSON.stringify(text)}, ${offset})`).toBe(single)
        // Independent count: Array.from iterates by code point, a lone surrogate counting as one.
        const expected = offset > text.length || splitsSurrogatePair(text, offset) ? 'throws' : Array.from(text.slice(0, offset)).length
        expect(single).toBe(expected)
      }
      const codePoints = Array.from(text).length
      for (let codePoint = 0; codePoint <= codePoints; codePoint++) {
        const expected = Array.from(text).slice(0, codePoint).join('').length
        expect(toUtf16Offset(text, codePoint)).toBe(expected)
        expect(converter.toUtf16(codePoint)).toBe(expected)
      }
      expect(() => converter.toUtf16(codePoints + 1)).toThrow(RangeError)
      expect(() => toUtf16Offset(text, codePoints + 1)).toThrow(RangeError)
    }
  })

  it('gives the same messages as the single-offset functions', () => {
    const converter = createOffsetConverter(EMOJI)
    expect(() => converter.toCodePoint(2)).toThrow('utf16 offset 2 splits a surrogate pair')
    expect(() => converter.toCodePoint(5)).toThrow('utf16 offset 5 is outside the text (length 4)')
    expect(converter.toUtf16(2)).toBe(3)
  })
})
