import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mulberry32 } from '../test/fixtures/mulberry32'

/**
 * Deterministic benchmark corpora: paragraphs cut from the seed articles' words by a seeded
 * generator, and spans on whole words, 80 % disjoint and 20 % overlapping another span
 * (nested inside it, crossing its end, or on the same range with another label).
 */

export const BENCH_LABELS = ['PER', 'ORG', 'GPE', 'LOC', 'DATE', 'WEAPON', 'Attack', 'Clash'] as const

/** Paragraphs left without spans at the top, where the add-label measure labels words. */
export const FREE_PARAGRAPHS = 12

export interface DesignPoint {
  readonly name: string
  readonly bytes: number
  readonly paragraphs: number
  readonly spans: number
}

export interface BenchSpan {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly label: string
}

export interface BenchDocument {
  readonly id: string
  readonly text: string
  readonly spans: readonly BenchSpan[]
}

/** The same sequence on every machine, so every run measures the same corpus. */
export const seededRandom = mulberry32

export function readSeedWords(seedsDir: string): string[] {
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()
  return files.flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').split(/\s+/u).filter((word) => word !== ''))
}

interface Word {
  readonly start: number
  readonly end: number
}

function makeParagraph(words: readonly string[], random: () => number, targetLength: number): string {
  let index = Math.floor(random() * words.length)
  const parts: string[] = []
  let length = -1
  while (length < targetLength) {
    const word = words[index % words.length] as string
    parts.push(word)
    length += word.length + 1
    index++
  }
  return parts.join(' ')
}

function wordsOf(paragraph: string, offset: number): Word[] {
  return [...paragraph.matchAll(/\S+/gu)].map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length }))
}

/** Generates one design point; same seed and seed words → same text and spans. */
export function generateDocument(point: DesignPoint, words: readonly string[], seed: number): BenchDocument {
  const random = seededRandom(seed)
  const encoder = new TextEncoder()
  // Aim at the byte size in UTF-8 (seed text has accents and typographic quotes).
  const averageWordBytes = encoder.encode(words.join(' ')).length / words.join(' ').length
  const paragraphLength = Math.round(point.bytes / point.paragraphs / averageWordBytes) - 1
  const paragraphs: string[] = []
  const paragraphWords: Word[][] = []
  let offset = 0
  for (let index = 0; index < point.paragraphs; index++) {
    const length = Math.max(40, Math.round(paragraphLength * (0.6 + random() * 0.8)))
    const paragraph = makeParagraph(words, random, length)
    paragraphs.push(paragraph)
    paragraphWords.push(wordsOf(paragraph, offset))
    offset += paragraph.length + 1
  }
  const text = paragraphs.join('\n')

  const label = (): string => BENCH_LABELS[Math.floor(random() * BENCH_LABELS.length)] as string
  const disjointCount = Math.round(point.spans * 0.8)
  const usable = point.paragraphs - FREE_PARAGRAPHS
  const perParagraph = new Map<number, number>()
  for (let index = 0; index < disjointCount; index++) {
    const paragraph = FREE_PARAGRAPHS + Math.floor((index * usable) / disjointCount)
    perParagraph.set(paragraph, (perParagraph.get(paragraph) ?? 0) + 1)
  }
  const spans: BenchSpan[] = []
  const wordRuns: { span: BenchSpan; words: Word[]; first: number; last: number }[] = []
  for (const [paragraph, count] of perParagraph) {
    const list = paragraphWords[paragraph] as Word[]
    const slot = Math.floor(list.length / count)
    if (slot < 1) throw new Error(`paragraph ${paragraph} has ${list.length} words for ${count} spans`)
    for (let k = 0; k < count; k++) {
      const runLength = Math.min(slot, 1 + Math.floor(random() * 3))
      const first = k * slot + Math.floor(random() * (slot - runLength + 1))
      const last = first + runLength - 1
      const span = { id: `T${spans.length + 1}`, start: (list[first] as Word).start, end: (list[last] as Word).end, label: label() }
      spans.push(span)
      wordRuns.push({ span, words: list, first, last })
    }
  }
  const taken = new Set(spans.map((span) => `${span.start}:${span.end}:${span.label}`))
  while (spans.length < point.spans) {
    const base = wordRuns[Math.floor(random() * wordRuns.length)] as (typeof wordRuns)[number]
    const shape = random()
    let start = base.span.start
    let end = base.span.end
    if (shape < 0.4 && base.last > base.first) {
      // Nested: one word inside a multi-word span.
      const word = base.words[base.first + Math.floor(random() * (base.last - base.first + 1))] as Word
      start = word.start
      end = word.end
    } else if (shape < 0.8 && base.last + 1 < base.words.length) {
      // Crossing: from the span's last word to the word after it.
      start = (base.words[base.last] as Word).start
      end = (base.words[base.last + 1] as Word).end
    }
    const span = { id: `T${spans.length + 1}`, start, end, label: label() }
    const key = `${start}:${end}:${span.label}`
    if (taken.has(key)) continue
    taken.add(key)
    spans.push(span)
  }
  return { id: `bench-${point.name}`, text, spans }
}
