export { tokenize, splitSentences, type Token } from './tokenize'
export { parseTag, isBioesTag, decodeChunks, encodeChunks, type Chunk, type ParsedTag } from './bioChunks'
export { readConll, type ConllReadOptions } from './readConll'
export { writeConll, alignSpans, sentenceRanges, type ConllWriteOptions } from './writeConll'
