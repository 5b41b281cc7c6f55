import { describe, expect, it } from 'vitest'
import { decodeUtf8Strict, findUtf8Error, Utf8DecodeError } from '../../../src/core/text'

const bytes = (...values: number[]) => Uint8Array.from(values)
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))

function decodeError(input: Uint8Array): Utf8DecodeError {
  try {
    decodeUtf8Strict(input, 'x.txt')
  } catch (error) {
    if (error instanceof Utf8DecodeError) return error
    throw error
  }
  throw new Error('expected a Utf8DecodeError')
}

describe('decodeUtf8Strict: well-formed input', () => {
  it('decodes 1- to 4-byte sequences (hand-encoded)', () => {
    // é = C3 A9, NBSP = C2 A0, € = E2 82 AC, 😀 = F0 9F 98 80
    const input = bytes(0x61, 0xc3, 0xa9, 0xc2, 0xa0, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)
    expect(decodeUtf8Strict(input, 'x.txt')).toEqual({ text: 'aé\u00a0€\u{1F600}', bomRemoved: false })
  })

  it('keeps CRLF, tabs and combining marks', () => {
    const input = bytes(0x65, 0xcc, 0x81, 0x09, 0x0d, 0x0a) // e, U+0301 (CC 81), TAB, CR, LF
    expect(decodeUtf8Strict(input, 'x.txt').text).toBe('e\u0301\t\r\n')
  })

  it('drops a leading BOM and reports it; a second U+FEFF is text and stays', () => {
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, 0x61), 'x.txt')).toEqual({ text: 'a', bomRemoved: true })
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61), 'x.txt')).toEqual({ text: '\ufeffa', bomRemoved: true })
    expect(decodeUtf8Strict(bytes(0x61, 0xef, 0xbb, 0xbf), 'x.txt')).toEqual({ text: 'a\ufeff', bomRemoved: false })
  })

  it('accepts the edges of the valid ranges: U+D7FF, U+E000, U+10FFFF', () => {
    const input = bytes(0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf)
    expect(decodeUtf8Strict(input, 'x.txt').text).toBe('\ud7ff\ue000\u{10FFFF}')
  })

  it('decodes an empty input to an empty text', () => {
    expect(decodeUtf8Strict(bytes(), 'x.txt')).toEqual({ text: '', bomRemoved: false })
  })
})

describe('decodeUtf8Strict: ill-formed input', () => {
  it('names the source and the byte offset in the message', () => {
    expect(() => decodeUtf8Strict(bytes(0x61, 0x80), 'corpus/a.txt')).toThrow(
      'corpus/a.txt: invalid UTF-8 at byte 1 (unexpected continuation byte 0x80)'
    )
  })

  it.each([
    ['a stray continuation byte', [...ascii('ab'), 0xbf], 2, 'unexpected continuation byte 0xBF'],
    ['a byte that never appears (0xFF)', [...ascii('abc'), 0xff], 3, 'byte 0xFF never appears in UTF-8'],
    ['a byte that never appears (0xF5)', [0xf5, 0x80, 0x80, 0x80], 0, 'byte 0xF5 never appears in UTF-8'],
    ['an overlong 2-byte "/" (C0 AF)', [0x61, 0xc0, 0xaf], 1, 'overlong encoding (lead byte 0xC0)'],
    ['an overlong 2-byte (C1 BF)', [0xc1, 0xbf], 0, 'overlong encoding (lead byte 0xC1)'],
    ['an overlong 3-byte "/" (E0 80 AF)', [...ascii('xy'), 0xe0, 0x80, 0xaf], 2, 'overlong encoding'],
    ['an overlong 4-byte "€" (F0 82 82 AC)', [0xf0, 0x82, 0x82, 0xac], 0, 'overlong encoding'],
    ['a lone high surrogate U+D800 (ED A0 80)', [...ascii('abc'), 0xed, 0xa0, 0x80], 3, 'encoded surrogate (U+D800–U+DFFF)'],
    ['a lone low surrogate U+DFFF (ED BF BF)', [0xed, 0xbf, 0xbf], 0, 'encoded surrogate (U+D800–U+DFFF)'],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0, 'code point above U+10FFFF'],
    ['a 3-byte sequence cut at the end', [...ascii('ab'), 0xe2, 0x82], 2, 'truncated 3-byte sequence at end of data'],
    ['a 4-byte sequence cut at the end', [0xf0, 0x9f, 0x98], 0, 'truncated 4-byte sequence at end of data'],
    ['a 2-byte lead at the end', [0x61, 0xc3], 1, 'truncated 2-byte sequence at end of data'],
    ['a sequence interrupted by ASCII', [0xe2, 0x82, 0x41], 0, 'incomplete 3-byte sequence (0x41 where a continuation byte was expected)'],
    ['a sequence interrupted by a new lead', [0x61, 0xc3, 0xc3, 0xa9], 1, 'incomplete 2-byte sequence (0xC3 where a continuation byte was expected)']
  ])('rejects %s', (_name, input, offset, reason) => {
    const error = decodeError(Uint8Array.from(input))
    expect(error.byteOffset).toBe(offset)
    expect(error.reason).toBe(reason)
    expect(error.message).toBe(`x.txt: invalid UTF-8 at byte ${offset} (${reason})`)
  })

  it('counts the byte offset in the bytes given, BOM included', () => {
    expect(decodeError(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff)).byteOffset).toBe(4)
  })

  it('reports the first of several problems', () => {
    expect(decodeError(bytes(0x61, 0xc3, 0xa9, 0x80, 0xff)).byteOffset).toBe(3)
  })
})

describe('findUtf8Error', () => {
  it('starts at `from`', () => {
    expect(findUtf8Error(bytes(0x80, 0x61), 1)).toBeNull()
    expect(findUtf8Error(bytes(0x80, 0x61), 0)).toEqual({ byteOffset: 0, reason: 'unexpected continuation byte 0x80' })
  })

  it('agrees with a fatal TextDecoder on whether random bytes are valid', () => {
    // Bytes biased to the interesting high range; the fatal decoder is the oracle.
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    let state = 12345
    const nextByte = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      const value = state >>> 16
      return value % 3 === 0 ? value % 0x80 : 0x80 + (value % 0x80)
    }
    let invalidCount = 0
    for (let round = 0; round < 5000; round++) {
      const input = Uint8Array.from({ length: 1 + (round % 6) }, nextByte)
      let oracleValid = true
      try {
        fatal.decode(input)
      } catch {
        oracleValid = false
      }
      const found = findUtf8Error(input)
      expect(found === null, `bytes ${Array.from(input, (b) => b.toString(16)).join(' ')}`).toBe(oracleValid)
      if (found) invalidCount++
    }
    // The test is only meaningful if both outcomes occur often.
    expect(invalidCount).toBeGreaterThan(500)
    expect(invalidCount).toBeLessThan(4900)
  })

  it('round-trips random well-formed text', () => {
    const pieces = ['a', 'é', '\u00a0', '€', '\u{1F600}', '\r\n', 'e\u0301', '\u{10FFFF}', '\ud7ff']
    let text = ''
    for (let index = 0; index < 500; index++) text += pieces[(index * 7) % pieces.length]
    expect(decodeUtf8Strict(new TextEncoder().encode(text), 'x').text).toBe(text)
  })
})
