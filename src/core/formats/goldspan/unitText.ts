import type { OffsetUnit } from '../../text'
import { splitsSurrogatePair } from '../../text'

/** A text seen the way a reader counting in `unit` sees it (Python for code points, JS for utf16). */
export interface UnitText {
  readonly unit: OffsetUnit
  readonly length: number
  /** `text[start:end]` in the unit. */
  slice(start: number, end: number): string
  /** True when the offset falls inside one character of the unit (only a surrogate pair can). */
  splitsCharacter(offset: number): boolean
}

/**
 * Slices by the unit itself, independently of the offset converter, so that a check
 * made with it does not merely repeat the conversion it checks.
 */
export function createUnitText(text: string, unit: OffsetUnit): UnitText {
  if (unit === 'utf16') {
    return {
      unit,
      length: text.length,
      slice: (start, end) => text.slice(start, end),
      splitsCharacter: (offset) => splitsSurrogatePair(text, offset)
    }
  }
  const codePoints = Array.from(text)
  return {
    unit,
    length: codePoints.length,
    slice: (start, end) => codePoints.slice(start, end).join(''),
    splitsCharacter: () => false
  }
}

/** How error messages name a unit. */
export function describeUnit(unit: OffsetUnit): string {
  return unit === 'codepoint' ? 'code points' : 'UTF-16 units'
}
