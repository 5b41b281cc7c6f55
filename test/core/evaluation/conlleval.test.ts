import { describe, expect, it } from 'vitest'
import {
  ConllevalError,
  conllevalLines,
  createConllevalScorer,
  formatConllevalReport,
  formatFixed62,
  type ConllevalOptions
} from '../../../src/core/evaluation/conlleval'

function score(content: string, options?: ConllevalOptions): string {
  const scorer = createConllevalScorer('test.txt', options)
  for (const line of content.split('\n')) scorer.addLine(line)
  return formatConllevalReport(scorer.counts())
}

// A CoNLL-2000-style sentence (token POS gold predicted) with three kinds of error:
// "deficit" split off its NP, "only" left out of an NP, an NP starting one token late.
const sample = `He PRP B-NP B-NP
reckons VBZ B-VP B-VP
the DT B-NP B-NP
current JJ I-NP I-NP
account NN I-NP I-NP
deficit NN I-NP B-NP
will MD B-VP B-VP
narrow VB I-VP I-VP
to TO B-PP B-PP
only RB B-NP O
# # I-NP B-NP
1.8 CD I-NP I-NP
billion CD I-NP I-NP
in IN B-PP B-PP
September NNP B-NP B-NP
. . O O
`

describe('conlleval', () => {
  it('prints conlleval.pl’s table with the numbers worked out by hand', () => {
    // Gold: 8 chunks (NP 4, VP 2, PP 2). Found: 9 (NP 5, VP 2, PP 2). Correct: He, September,
    // both VPs, both PPs = 6. Tags right on 13 of 16 tokens = 81.25 %.
    // P = 6/9 = 66.67, R = 6/8 = 75.00, FB1 = 2·66.667·75 / 141.667 = 70.59.
    // NP: P = 2/5 = 40.00, R = 2/4 = 50.00, FB1 = 2·40·50/90 = 44.44.
    expect(score(sample)).toBe(
      'processed 16 tokens with 8 phrases; found: 9 phrases; correct: 6.\n' +
        'accuracy:  81.25%; precision:  66.67%; recall:  75.00%; FB1:  70.59\n' +
        '               NP: precision:  40.00%; recall:  50.00%; FB1:  44.44  5\n' +
        '               PP: precision: 100.00%; recall: 100.00%; FB1: 100.00  2\n' +
        '               VP: precision: 100.00%; recall: 100.00%; FB1: 100.00  2\n'
    )
  })

  it('starts a chunk at I- after O, ends chunks at sentence breaks, counts -DOCSTART- as a token', () => {
    const content = ['-DOCSTART- O O', '', 'Rome I-LOC I-LOC', 'est O O', '', 'Paris B-LOC I-LOC', 'Lyon I-LOC B-LOC', ''].join('\n')
    // Gold: Rome, "Paris Lyon" = 2. Found: Rome, Paris (I- after the break starts it), Lyon = 3. Correct: Rome.
    // Tokens 5 (-DOCSTART- included); tags right: -DOCSTART-, Rome, est = 3 → 60.00 %.
    // P = 1/3 = 33.33, R = 1/2 = 50.00, FB1 = 2·33.333·50/83.333 = 40.00.
    expect(score(content)).toBe(
      'processed 5 tokens with 2 phrases; found: 3 phrases; correct: 1.\n' +
        'accuracy:  60.00%; precision:  33.33%; recall:  50.00%; FB1:  40.00\n' +
        '              LOC: precision:  33.33%; recall:  50.00%; FB1:  40.00  3\n'
    )
  })

  it('keeps conlleval.pl’s reading of BIOES (B- after E- continues) unless asked to map it', () => {
    const content = 'Marie B-PER B-PER\nCurie E-PER E-PER\nPierre B-PER S-PER\nCurie E-PER S-PER\n'
    // conlleval.pl: E→B of one type neither ends nor starts a chunk, S- is unknown: gold is
    // one 4-token chunk; predicted "Marie Curie Pierre Curie" is one chunk too → correct 1.
    expect(score(content).split('\n')[0]).toBe('processed 4 tokens with 1 phrases; found: 1 phrases; correct: 1.')
    // Mapped (S→B, E→I): gold 2 chunks; predicted Marie Curie, Pierre, Curie = 3; correct 1.
    expect(score(content, { bioes: true }).split('\n')[0]).toBe('processed 4 tokens with 2 phrases; found: 3 phrases; correct: 1.')
  })

  it('rounds exact ties to even as glibc printf does, and pads to six', () => {
    expect(formatFixed62(0.125)).toBe('  0.12')
    expect(formatFixed62(0.375)).toBe('  0.38')
    expect(formatFixed62(12.5)).toBe(' 12.50')
    expect(formatFixed62(2.675)).toBe('  2.67') // 2.675 is stored just below
    expect(formatFixed62(100)).toBe('100.00')
    // 1 correct of 800 found: 0.125 % is an exact binary tie.
    const lines = ['a B-X B-X', ...Array.from({ length: 799 }, () => 'b O B-X')]
    expect(score(lines.join('\n')).split('\n')[1]).toContain('precision:   0.12%')
  })

  it('fixes the field count on the first non-empty line, as conlleval.pl does', () => {
    expect(score('\n\na B-X B-X\n').split('\n')[0]).toBe('processed 1 tokens with 1 phrases; found: 1 phrases; correct: 1.')
  })

  it('stops at a line with another number of fields, naming it', () => {
    const scorer = createConllevalScorer('run.txt')
    scorer.addLine('a B-X B-X')
    expect(() => scorer.addLine('b O')).toThrowError(new ConllevalError('run.txt:2: unexpected number of features: 2 (3)'))
  })

  it('builds conlleval lines from spans with one shared tokenization', () => {
    const text = 'Nancy Pelosi à Washington. Fin'
    const report: Parameters<typeof conllevalLines>[2] = []
    const lines = conllevalLines(
      { id: 'd', text, spans: [{ start: 0, end: 12, label: 'PER' }, { start: 15, end: 25, label: 'GPE' }] },
      [{ start: 6, end: 12, label: 'PER' }, { start: 16, end: 20, label: 'GPE' }],
      report
    )
    expect(lines).toEqual(['Nancy B-PER O', 'Pelosi I-PER B-PER', 'à O O', 'Washington B-GPE O', '. O O', '', 'Fin O O', ''])
    expect(report).toEqual([{ document: 'd', item: 'predicted span GPE 16-20 "ashi"', reason: 'does not align to token boundaries' }])
  })
})
