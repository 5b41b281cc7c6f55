import type { ConllevalCounts } from './conllevalScorer'
import { formatFixed62 } from './formatPercent'

const utf8 = new TextEncoder()

/** Perl's `%17s` pads by bytes, the input being read as bytes: so does this. */
function padTypeName(type: string): string {
  return ' '.repeat(Math.max(0, 17 - utf8.encode(type).length)) + type
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? (100 * numerator) / denominator : 0
}

function fb1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/** Overall precision, recall, FB1 and accuracy in percent, as conlleval.pl computes them. */
export function conllevalScores(counts: ConllevalCounts): { accuracy: number; precision: number; recall: number; fb1: number } {
  const precision = ratio(counts.correctChunks, counts.foundChunks)
  const recall = ratio(counts.correctChunks, counts.goldChunks)
  return { accuracy: ratio(counts.correctTags, counts.tokens), precision, recall, fb1: fb1(precision, recall) }
}

/** The table conlleval.pl prints (without `-l`), byte for byte. */
export function formatConllevalReport(counts: ConllevalCounts): string {
  const overall = conllevalScores(counts)
  let report =
    `processed ${counts.tokens} tokens with ${counts.goldChunks} phrases; ` +
    `found: ${counts.foundChunks} phrases; correct: ${counts.correctChunks}.\n`
  if (counts.tokens > 0) {
    report +=
      `accuracy: ${formatFixed62(overall.accuracy)}%; precision: ${formatFixed62(overall.precision)}%; ` +
      `recall: ${formatFixed62(overall.recall)}%; FB1: ${formatFixed62(overall.fb1)}\n`
  }
  for (const type of counts.types) {
    const precision = ratio(type.correctChunks, type.foundChunks)
    const recall = ratio(type.correctChunks, type.goldChunks)
    report +=
      `${padTypeName(type.type)}: precision: ${formatFixed62(precision)}%; recall: ${formatFixed62(recall)}%; ` +
      `FB1: ${formatFixed62(fb1(precision, recall))}  ${type.foundChunks}\n`
  }
  return report
}
