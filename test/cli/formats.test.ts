import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goldLine, makeTempDir, runGoldspan, seedsDir } from './runGoldspan'

// Round trip through each foreign format: a hand-made goldspan layer is exported, imported
// back as another annotator, and must give the same spans, or lose only what was reported.

const seedId = '001_1b0f98beef4bd2c0'
const seedText = readFileSync(join(seedsDir, `${seedId}.txt`), 'utf8')
/** Hand-counted in acceptance.test.ts (all BMP characters, so UTF-16 = code points). */
const seedSpans = [
  { id: 'T1', start: 0, end: 16, label: 'ORG', text: 'L\u2019arm\u00e9e syrienne' },
  { id: 'T2', start: 73, end: 83, label: 'GPE', text: 'Etats-Unis' },
  { id: 'T3', start: 121, end: 126, label: 'GPE', text: 'Damas' }
]

// UTF-16: L0 e1 _2 🚀3-4 _5 d6 e7 _8 Z9 o10 e11 ◌́12 _13 à14 _15 P16 a17 r18 i19 s20 .21 \n22
const emojiText = 'Le \u{1F680} de Zoe\u0301 \u00e0 Paris.\n'
/** Its attribute fits none of the foreign formats: every export must report it. */
const zoe = { id: 'T1', start: 9, end: 13, label: 'PER', text: 'Zoe\u0301', attributes: { Note: 'twin' } }
const paris = { id: 'T2', start: 16, end: 21, label: 'GPE', text: 'Paris' }
/** Nested around `paris`: formats without overlaps (CoNLL, spaCy) must report one of the two. */
const aParis = { id: 'T3', start: 14, end: 21, label: 'LOC', text: '\u00e0 Paris' }

type SpanKey = string
const keyOf = (span: { start: number; end: number; label: string }): SpanKey => `${span.label} ${span.start}-${span.end}`

const expectedSpans: Record<string, SpanKey[]> = {
  [seedId]: seedSpans.map(keyOf).sort(),
  emoji: [zoe, paris, aParis].map(keyOf).sort()
}

describe('goldspan export / import-annotations --format', { timeout: 300_000 }, () => {
  let dir = ''

  beforeAll(() => {
    dir = makeTempDir()
    mkdirSync(join(dir, 'corpus'))
    for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt'))) copyFileSync(join(seedsDir, name), join(dir, 'corpus', name))
    writeFileSync(join(dir, 'corpus', 'emoji.txt'), emojiText)
    expect(runGoldspan(dir, 'import', 'corpus', '--project', 'project').status).toBe(0)
    const hand = [
      goldLine({
        id: seedId,
        text: seedText,
        offset_unit: 'utf16',
        entities: seedSpans,
        events: [{ id: 'E1', type: 'Clash', trigger: { start: 35, end: 41, text: 'd\u00e9log\u00e9' }, arguments: [], attributes: {} }]
      }),
      goldLine({ id: 'emoji', text: emojiText, offset_unit: 'utf16', entities: [zoe, paris, aParis] })
    ]
    writeFileSync(join(dir, 'hand.jsonl'), `${hand.join('\n')}\n`)
    const imported = runGoldspan(dir, 'import-annotations', 'hand.jsonl', '--project', 'project', '--annotator', 'hand')
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
  })

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  /** The spans of one annotator per document, read from a goldspan export in UTF-16. */
  function spansOf(annotator: string): Record<string, SpanKey[]> {
    const out = `${annotator}.jsonl`
    expect(runGoldspan(dir, 'export', '--project', 'project', '--annotator', annotator, '--offset-unit', 'utf16', '--out', out).status).toBe(0)
    const records = readFileSync(join(dir, out), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; entities: { start: number; end: number; label: string }[] })
    return Object.fromEntries(records.filter((record) => record.entities.length > 0).map((record) => [record.id, record.entities.map(keyOf).sort()]))
  }

  const lossless = [
    ['doccano', 'out.doccano.jsonl'],
    ['labelstudio', 'out.labelstudio.json'],
    ['brat', 'out-brat']
  ] as const
  const overlapLosing = [
    ['spacy', 'out.spacy.jsonl'],
    ['conll', 'out.conll']
  ] as const

  function roundTrip(format: string, out: string): { exported: string; imported: string; spans: Record<string, SpanKey[]> } {
    const exported = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'hand', '--format', format, '--out', out)
    expect(exported.status).toBe(0)
    expect(exported.stdout).toContain(`exported 6 document(s), 6 entities, 1 events by hand to ${out} (${format})`)
    // The event cannot be carried by any of these formats: it is named, not dropped.
    expect(exported.stderr).toContain(`not carried: ${seedId}: event E1 Clash trigger "d\u00e9log\u00e9"`)
    expect(exported.stderr).toContain('not carried: emoji: T1 PER attributes {"Note":"twin"}: entity attributes are not carried to other formats')
    const imported = runGoldspan(dir, 'import-annotations', out, '--format', format, '--project', 'project', '--annotator', `back-${format}`)
    expect(imported.stdout).toContain(`as back-${format}`)
    expect(imported.status).toBe(0)
    return { exported: exported.stderr, imported: imported.stderr, spans: spansOf(`back-${format}`) }
  }

  it.each(lossless)('%s gives back the same spans', (format, out) => {
    const { spans } = roundTrip(format, out)
    expect(spans).toEqual(expectedSpans)
  })

  it.each(overlapLosing)('%s gives back the same spans but one of the nested pair, which it reports', (format, out) => {
    const { exported, spans } = roundTrip(format, out)
    expect(spans[seedId]).toEqual(expectedSpans[seedId])
    const kept = spans.emoji ?? []
    expect(kept).toContain(keyOf(zoe))
    expect(kept).toHaveLength(2)
    const lost = [paris, aParis].find((span) => !kept.includes(keyOf(span)))
    expect(lost).toBeDefined()
    expect(exported).toContain(`${lost?.label} ${lost?.start}-${lost?.end} ${JSON.stringify(lost?.text)}`)
    expect(exported).toMatch(/item\(s\) not carried by the export in /)
  })

  it('writes brat as a folder with annotation.conf and one .txt/.ann pair per document', () => {
    const names = readdirSync(join(dir, 'out-brat'))
    expect(names).toContain('annotation.conf')
    expect(names).toContain('emoji.txt')
    expect(names.filter((name) => name.endsWith('.ann'))).toHaveLength(6)
    // brat counts code points: the rocket is one, so Paris starts at 15, not 16.
    expect(readFileSync(join(dir, 'out-brat', 'emoji.ann'), 'utf8')).toContain('GPE 15 20\tParis')
    writeFileSync(join(dir, 'out-brat', 'stale.ann'), '')
    const again = runGoldspan(dir, 'export', '--project', 'project', '--annotator', 'hand', '--format', 'brat', '--out', 'out-brat')
    expect(again.status).toBe(0)
    expect(again.stderr).toContain(`${join('out-brat', 'stale.ann')}: not part of this export`)
  })

  it('lists on import, per item, what the format held that goldspan cannot carry, and imports the rest', () => {
    mkdirSync(join(dir, 'lossy-brat'))
    writeFileSync(join(dir, 'lossy-brat', 'emoji.txt'), emojiText)
    // Code points: Z8 o9 e10 ◌́11 … P15; the second span is discontinuous ("Z" + "e").
    writeFileSync(join(dir, 'lossy-brat', 'emoji.ann'), 'T1\tGPE 15 20\tParis\nT2\tPER 8 9;10 11\tZ e\nR1\tIn Arg1:T1 Arg2:T1\n')
    const result = runGoldspan(dir, 'import-annotations', 'lossy-brat', '--format', 'brat', '--project', 'project', '--annotator', 'lossy')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('imported 1 document(s), 1 span(s), as lossy')
    const notCarried = result.stderr.split('\n').filter((line) => line.startsWith('not carried: emoji: '))
    expect(notCarried.map((line) => line.split(': ')[2])).toEqual(['T2 PER 8 9;10 11 Z e', 'R1 In Arg1:T1 Arg2:T1'])
    expect(result.stderr).toContain('2 item(s) not carried by the import in brat')
    expect(spansOf('lossy')).toEqual({ emoji: [keyOf(paris)] })
  })

  it('refuses a document whose text is not the project\u2019s, naming it, and writes nothing', () => {
    const line = JSON.stringify({ id: 'emoji', text: emojiText.replace('Paris', 'Lyon!'), label: [[16, 21, 'GPE']] })
    writeFileSync(join(dir, 'changed.jsonl'), `${line}\n`)
    const result = runGoldspan(dir, 'import-annotations', 'changed.jsonl', '--format', 'doccano', '--project', 'project', '--annotator', 'changed')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('document "emoji": sha256')
    expect(result.stderr).toContain('nothing was imported')
    expect(existsSync(join(dir, 'project', 'annotations', 'changed'))).toBe(false)
  })
})
