export type { OffsetUnit } from './offsets'
export { OFFSET_UNITS, splitsSurrogatePair, toCodePointOffset, toUtf16Offset, createOffsetConverter } from './offsets'
