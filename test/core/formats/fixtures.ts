import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { InterchangeDocument, InterchangeSpan } from '../../../src/core/formats/interchange'

/** A span made by hand: the words, their label, which occurrence, and how CoNLL gives them back. */
interface HandSpan {
  readonly words: string
  readonly label: string
  readonly occurrence?: number
  /** The words as CoNLL's rebuilt text shows them (tokens joined by one space), when different. */
  readonly conll?: string
}

const seedSpans: Record<string, HandSpan[]> = {
  '000_2bf93c0143f687be': [
    { words: 'jeudi 4 octobre', label: 'DATE' },
    { words: 'OTAN', label: 'ORG' },
    { words: 'al-Safa', label: 'LOC', conll: 'al - Safa' },
    // Nested pair: BIO and spaCy can keep only the outer one.
    { words: 'armée de l’air russe', label: 'ORG', conll: 'armée de l ’ air russe' },
    { words: 'russe', label: 'GPE', occurrence: 1 }
  ],
  '001_1b0f98beef4bd2c0': [
    { words: 'Etats-Unis', label: 'GPE', conll: 'Etats - Unis' },
    { words: 'Damas', label: 'GPE' },
    { words: 'mardi', label: 'DATE' },
    { words: 'Bir Al-Qassab', label: 'LOC', conll: 'Bir Al - Qassab' }
  ],
  '002_98eb227a6747c847': [
    { words: '6 février', label: 'DATE' },
    { words: 'Daesh', label: 'ORG' },
    { words: 'Homs', label: 'GPE' }
  ],
  '003_da26205d20f9c2ca': [
    { words: 'Deraa', label: 'GPE' },
    { words: 'Al Nosra', label: 'ORG' },
    { words: 'Nancy Pelosi', label: 'PER' },
    { words: 'Washington, DC', label: 'GPE', conll: 'Washington , DC' }
  ],
  '004_2a9aa91a7580aa05': [
    { words: 'Raqqa', label: 'GPE' },
    { words: 'Hama', label: 'GPE' },
    { words: 'Facebook', label: 'ORG' }
  ]
}

/** The `occurrence`-th (0-based) index of `words` in `text`; throws if absent so a fixture cannot silently shift. */
export function nthIndexOf(text: string, words: string, occurrence = 0): number {
  let index = -1
  for (let seen = 0; seen <= occurrence; seen++) {
    index = text.indexOf(words, index + 1)
    if (index < 0) throw new Error(`fixture: "${words}" (occurrence ${occurrence}) not in the text`)
  }
  return index
}

function spansOf(text: string, hand: readonly HandSpan[]): InterchangeSpan[] {
  return hand.map(({ words, label, occurrence }) => {
    const start = nthIndexOf(text, words, occurrence)
    return { start, end: start + words.length, label }
  })
}

const seedsDir = resolve(__dirname, '../../../seeds')

/** The five seeds read from disk, each with its hand-made spans. */
export function seedDocuments(): InterchangeDocument[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.txt$/, '')
      const text = readFileSync(join(seedsDir, name), 'utf8')
      return { id, text, spans: spansOf(text, seedSpans[id] ?? []) }
    })
}

/** Label and CoNLL-rebuilt text of each hand span of a seed, in text order. */
export function conllExpectations(id: string): Array<{ label: string; text: string; nested: boolean }> {
  return (seedSpans[id] ?? []).map(({ words, label, conll, occurrence }) => ({
    label,
    text: conll ?? words,
    nested: id === '000_2bf93c0143f687be' && words === 'russe' && occurrence === 1
  }))
}

/**
 * A text with what breaks naive offsets: a combining acute (e + U+0301), an emoji
 * family of 5 UTF-16 units joined by ZWJ, a flag (2 code points, 4 units), CRLF, NBSP.
 */
export const trickyText = 'Cafe\u0301 de Zoë 👩\u200D👧 :\r\nMoscou\u00A0🇷🇺 a frappé Idlib.\r\nFin'

export const trickySpanWords: ReadonlyArray<{ words: string; label: string }> = [
  { words: 'Cafe\u0301', label: 'LOC' },
  { words: 'Zoë', label: 'PER' },
  { words: 'Moscou', label: 'GPE' },
  { words: 'Idlib', label: 'GPE' },
  { words: 'Fin', label: 'MISC' }
]

export function trickyDocument(): InterchangeDocument {
  return { id: 'tricky', text: trickyText, spans: spansOf(trickyText, trickySpanWords.map((span) => ({ ...span }))) }
}

/** Python's `len(text[:utf16Offset])`, counted by hand over surrogate pairs rather than with the converter under test. */
export function pythonOffset(text: string, utf16Offset: number): number {
  let codePoints = 0
  for (let index = 0; index < utf16Offset; index++) {
    const code = text.charCodeAt(index)
    if (!(code >= 0xdc00 && code <= 0xdfff)) codePoints++
  }
  return codePoints
}

/** Spans without ids, sorted, for comparing what survives a round trip. */
export function plainSpans(spans: readonly InterchangeSpan[]): Array<{ start: number; end: number; label: string }> {
  return spans
    .map(({ start, end, label }) => ({ start, end, label }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label))
}
