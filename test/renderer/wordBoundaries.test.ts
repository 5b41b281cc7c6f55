import { describe, expect, it } from 'vitest'
import { snapToWords, tokenAfter, tokenAt, tokenBefore } from '../../src/renderer/editor/wordBoundaries'

const slice = (text: string, range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null)

describe('word boundaries', () => {
  const text = "l'armée de l'air russe a bombardé «\u00a0Daech\u00a0»."

  it('snaps a partial selection to whole words and trims spaces', () => {
    const start = text.indexOf('rmée')
    expect(slice(text, snapToWords(text, { start, end: start + 2 }))).toBe('armée')
    const from = text.indexOf(' russe') // selection starts on a space
    expect(slice(text, snapToWords(text, { start: from, end: from + 4 }))).toBe('russe')
  })

  it('keeps apostrophes and guillemets outside words', () => {
    const start = text.indexOf('Daech') - 2
    expect(slice(text, snapToWords(text, { start, end: start + 4 }))).toBe('«\u00a0Daech')
    expect(slice(text, tokenAfter(text, 0))).toBe('l')
    expect(slice(text, tokenAfter(text, 1))).toBe("'")
    expect(slice(text, tokenAfter(text, 2))).toBe('armée')
  })

  it('returns null for whitespace only', () => {
    expect(snapToWords('a   b', { start: 1, end: 4 })).toBeNull()
  })

  it('steps backwards over NBSP', () => {
    const end = text.indexOf('Daech') - 1
    expect(slice(text, tokenBefore(text, end))).toBe('«')
  })

  it('never splits an emoji', () => {
    const emoji = 'a 😀 b'
    expect(slice(emoji, tokenAfter(emoji, 1))).toBe('😀')
    expect(slice(emoji, tokenBefore(emoji, 4))).toBe('😀')
  })

  it('finds the word under an offset', () => {
    expect(slice(text, tokenAt(text, text.indexOf('russe') + 2))).toBe('russe')
  })
})
