export type { OffsetUnit } from './offsets'
export { OFFSET_UNITS, splitsSurrogatePair, toCodePointOffset, toUtf16Offset, createOffsetConverter } from './offsets'
export { decodeUtf8Strict, findUtf8Error, Utf8DecodeError } from './decodeUtf8'
