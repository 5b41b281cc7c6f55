import { createOffsetConverter, splitsSurrogatePair, type OffsetUnit } from '../text'

/** Maps a format's offsets (in `unit`) to and from the UTF-16 offsets of the interchange shape. */
export interface UnitOffsets {
  readonly unit: OffsetUnit
  /** Throws RangeError naming the offset when it is off the text or inside a surrogate pair. */
  toUtf16(offset: number): number
  fromUtf16(offset: number): number
}

/** Builds the mapping once per text: formats convert every span of a document through it. */
export function createUnitOffsets(text: string, unit: OffsetUnit): UnitOffsets {
  if (unit === 'utf16') {
    const check = (offset: number): number => {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
        throw new RangeError(`offset ${offset} is outside the text (length ${text.length} UTF-16 units)`)
      }
      if (splitsSurrogatePair(text, offset)) throw new RangeError(`offset ${offset} splits a surrogate pair`)
      return offset
    }
    return { unit, toUtf16: check, fromUtf16: check }
  }
  const converter = createOffsetConverter(text)
  return { unit, toUtf16: converter.toUtf16, fromUtf16: converter.toCodePoint }
}

/**
 * Converts a `[start, end)` pair given in the format's unit; returns the UTF-16 pair or
 * the reason it cannot be a span (reversed, empty, off the text).
 */
export function convertSpanOffsets(
  offsets: UnitOffsets,
  start: unknown,
  end: unknown
): { start: number; end: number } | { reason: string } {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
    return { reason: `offsets ${JSON.stringify(start)}-${JSON.stringify(end)} are not integers` }
  }
  if (end <= start) return { reason: `span ${start}-${end} is empty or reversed` }
  try {
    return { start: offsets.toUtf16(start), end: offsets.toUtf16(end) }
  } catch (error) {
    return { reason: `span ${start}-${end}: ${(error as Error).message}` }
  }
}
