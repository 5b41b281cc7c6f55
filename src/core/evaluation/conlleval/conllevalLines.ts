import { alignSpans, encodeChunks, sentenceRanges, tokenize } from '../../formats/conll'
import type { ConversionIssue, InterchangeDocument, InterchangeSpan } from '../../formats/interchange'

/**
 * Turns one document's gold and predicted spans into conlleval input lines
 * (`token gold predicted`, a blank line after each sentence), tokenized once with the
 * CoNLL export tokenizer so both columns share tokens. Spans that cannot be BIO tags
 * (not aligned to tokens, overlapping) are reported, once per side.
 */
export function conllevalLines(
  gold: InterchangeDocument,
  predicted: readonly InterchangeSpan[],
  report: ConversionIssue[]
): string[] {
  const tokens = tokenize(gold.text)
  const goldChunks = alignSpans(gold, tokens, report)
  const predictedReport: ConversionIssue[] = []
  const predictedChunks = alignSpans({ ...gold, spans: predicted }, tokens, predictedReport)
  for (const issue of predictedReport) report.push({ ...issue, item: `predicted ${issue.item}` })
  const goldTags = encodeChunks(tokens.length, goldChunks, 'BIO')
  const predictedTags = encodeChunks(tokens.length, predictedChunks, 'BIO')
  const lines: string[] = []
  for (const [first, end] of sentenceRanges(gold.text, tokens, [goldChunks, predictedChunks])) {
    for (let index = first; index < end; index++) {
      lines.push(`${tokens[index]?.text ?? ''} ${goldTags[index] ?? 'O'} ${predictedTags[index] ?? 'O'}`)
    }
    lines.push('')
  }
  return lines
}
