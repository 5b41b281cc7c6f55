import { describe, expect, it } from 'vitest'
import { DEFAULT_SEARCH_OPTIONS, findOccurrences, SearchError, type SearchOptions } from '../../../src/core/search'

// Expected offsets are counted by hand (UTF-16 code units, end-exclusive) in the comments.

const loose = DEFAULT_SEARCH_OPTIONS
const exact: SearchOptions = { caseSensitive: true, accentSensitive: true, wholeWord: false, regex: false }
const find = (text: string, query: string, options: Partial<SearchOptions> = {}) => findOccurrences(text, query, { ...loose, ...options })

describe('findOccurrences, plain text', () => {
  it('finds "Soueïda" and "Soueida" alike without accents, and maps back to the original', () => {
    // "Province de " is 12 units: Soueïda 12-19; ", près de " 10 more: Soueida 29-36.
    const text = 'Province de Soueïda, près de Soueida.'
    expect(find(text, 'soueida')).toEqual([{ start: 12, end: 19 }, { start: 29, end: 36 }])
    expect(find(text, 'Soueïda', { accentSensitive: true })).toEqual([{ start: 12, end: 19 }])
  })

  it('keeps a decomposed accent inside the match (i + U+0308 is two units)', () => {
    // "Souei\u0308da" is 8 units, "vers " 5: the match is 5-13 with the mark.
    const text = 'vers Souei\u0308da'
    expect(find(text, 'Soueïda')).toEqual([{ start: 5, end: 13 }])
    // "cafe\u0301" is 5 units: the combining acute is taken along.
    expect(find('cafe\u0301 noir', 'cafe')).toEqual([{ start: 0, end: 5 }])
  })

  it('counts an emoji as two units before the match', () => {
    // 🇸🇾 is two astral code points (4 units), then a space: "Armée" at 5-10.
    expect(find('🇸🇾 Armée syrienne', 'armée')).toEqual([{ start: 5, end: 10 }])
    // 😀 (2 units) inside the match itself: "a😀b" at 1-5.
    expect(find('xa😀b', 'A😀B')).toEqual([{ start: 1, end: 5 }])
  })

  it('lets a space find a no-break space and an apostrophe find ’, only when matching loosely', () => {
    expect(find('armée\u00a0syrienne', 'armée syrienne')).toEqual([{ start: 0, end: 14 }])
    expect(find('l’armée', "l'armée")).toEqual([{ start: 0, end: 7 }])
    expect(find('armée\u00a0syrienne', 'armée syrienne', exact)).toEqual([])
    expect(find('l’armée', "l'armée", exact)).toEqual([])
  })

  it('counts CRLF as two units', () => {
    // "ligne\r\n" is 7 units.
    expect(find('ligne\r\nArmée', 'armée')).toEqual([{ start: 7, end: 12 }])
  })

  it('maps back when lower-casing lengthens the text (İ becomes i + U+0307)', () => {
    // İZMİR 0-5, " à " 5-8, Ankara 8-14, accent-sensitive so İ folds to two units.
    expect(find('İZMİR à Ankara', 'ankara', { accentSensitive: true })).toEqual([{ start: 8, end: 14 }])
  })

  it('respects case when asked', () => {
    expect(find('armée Armée', 'Armée', { caseSensitive: true })).toEqual([{ start: 6, end: 11 }])
    expect(find('armée Armée', 'Armée')).toEqual([{ start: 0, end: 5 }, { start: 6, end: 11 }])
  })

  it('keeps whole words only when asked, a combining mark counting as part of the word', () => {
    expect(find('armée arme', 'arme')).toEqual([{ start: 0, end: 4 }, { start: 6, end: 10 }])
    expect(find('armée arme', 'arme', { wholeWord: true })).toEqual([{ start: 6, end: 10 }])
    expect(find('cafe\u0301', 'cafe', { accentSensitive: true, wholeWord: true })).toEqual([])
    // An apostrophe ends a word: "armée" in "l'armée" is whole.
    expect(find("l'armée", 'armée', { wholeWord: true })).toEqual([{ start: 2, end: 7 }])
  })

  it('never overlaps matches, but a whole-word miss does not hide the next one', () => {
    expect(find('aaa', 'aa')).toEqual([{ start: 0, end: 2 }])
    // "xaa aa": 1-3 is inside "xaa", 4-6 is whole.
    expect(find('xaa aa', 'aa', { wholeWord: true })).toEqual([{ start: 4, end: 6 }])
  })

  it('refuses an empty query and one made of marks only', () => {
    expect(() => find('abc', '')).toThrow(SearchError)
    expect(() => find('abc', '\u0301')).toThrow(/only accents/)
  })
})

describe('findOccurrences, regex', () => {
  it('finds each match with its offsets', () => {
    // "12 morts" 0-8; " et " 8-12; "3 morts" 12-19.
    expect(find('12 morts et 3 morts', '\\d+ morts', { regex: true })).toEqual([{ start: 0, end: 8 }, { start: 12, end: 19 }])
  })

  it('skips zero-length matches', () => {
    expect(find('abc', 'x*', { regex: true })).toEqual([])
    expect(find('baab', 'a*', { regex: true })).toEqual([{ start: 1, end: 3 }])
  })

  it('ignores case with the i flag and accents in the pattern and the text', () => {
    const text = 'Province de Soueïda, près de Soueida.'
    expect(find(text, 'SOUE.DA', { regex: true })).toEqual([{ start: 12, end: 19 }, { start: 29, end: 36 }])
    expect(find(text, 'soueïda', { regex: true })).toEqual([{ start: 12, end: 19 }, { start: 29, end: 36 }])
    expect(find(text, 'Soue\\u00efda', { regex: true, accentSensitive: true, caseSensitive: true })).toEqual([{ start: 12, end: 19 }])
  })

  it('keeps Unicode classes working (the text is not lower-cased under a regex)', () => {
    // Capitalised words: Damas 0-5, " et " 5-9, Alep 9-13.
    expect(find('Damas et Alep', '\\p{Lu}\\p{Ll}+', { regex: true, caseSensitive: true })).toEqual([{ start: 0, end: 5 }, { start: 9, end: 13 }])
  })

  it('reports an invalid regex clearly', () => {
    expect(() => find('abc', '(ab', { regex: true })).toThrow(SearchError)
    expect(() => find('abc', '(ab', { regex: true })).toThrow(/invalid regular expression \/\(ab\//)
  })
})
