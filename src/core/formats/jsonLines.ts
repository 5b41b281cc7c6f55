import type { FormatError } from './interchange'

export interface JsonLine {
  /** 1-based line number in the source. */
  readonly line: number
  readonly value: unknown
}

/**
 * Splits JSONL content into parsed lines, skipping blank ones. A line that is not JSON
 * becomes an error naming it; the other lines are still returned.
 */
export function parseJsonLines(content: string, source: string): { lines: JsonLine[]; errors: FormatError[] } {
  const lines: JsonLine[] = []
  const errors: FormatError[] = []
  content.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim()
    if (trimmed === '') return
    try {
      lines.push({ line: index + 1, value: JSON.parse(trimmed) as unknown })
    } catch (error) {
      errors.push({ source, line: index + 1, reason: `not JSON: ${(error as Error).message}` })
    }
  })
  return { lines, errors }
}

/** True for a plain JSON object (not an array or null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
