import { describe, expect, it } from 'vitest'
import { splitSentences, tokenize } from '../../../../src/core/formats/conll'

const words = (text: string): string[] => tokenize(text).map((token) => token.text)

describe('the CoNLL export tokenizer', () => {
  it('splits on whitespace and makes each punctuation mark a token', () => {
    expect(words('L’armée de l’air russe, à al-Safa.')).toEqual(['L', '’', 'armée', 'de', 'l', '’', 'air', 'russe', ',', 'à', 'al', '-', 'Safa', '.'])
    expect(words('«Les\u00A0divisions»')).toEqual(['«', 'Les', 'divisions', '»'])
  })

  it('keeps combining marks, emoji ZWJ sequences and flags whole, with UTF-16 offsets', () => {
    const text = 'Cafe\u0301 👩\u200D👧 🇷🇺!'
    expect(tokenize(text)).toEqual([
      { start: 0, end: 5, text: 'Cafe\u0301' },
      { start: 6, end: 11, text: '👩\u200D👧' },
      // A flag is two regional indicator symbols: two tokens of 2 units each.
      { start: 12, end: 14, text: '🇷' },
      { start: 14, end: 16, text: '🇺' },
      { start: 16, end: 17, text: '!' }
    ])
  })

  it('ends sentences at line breaks and after . ! ? … followed by space, closing quotes included', () => {
    const text = 'Il dit «Non.» Puis part! Le 4\u00A0oct. 2018 ?\r\nFin'
    const sentences = splitSentences(text, tokenize(text)).map((sentence) => sentence.map((token) => token.text).join(' '))
    expect(sentences).toEqual(['Il dit « Non . »', 'Puis part !', 'Le 4 oct .', '2018 ?', 'Fin'])
  })

  it('does not break a sentence where the caller joins two tokens', () => {
    const text = 'M. Poutine arrive.'
    const tokens = tokenize(text)
    expect(splitSentences(text, tokens).length).toBe(2)
    expect(splitSentences(text, tokens, (index) => index === 1).length).toBe(1)
  })
})
