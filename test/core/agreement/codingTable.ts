import type { AnnotationSet } from '../../../src/core/agreement'

/**
 * Encodes a classic reliability table as span data: unit u becomes the boundary
 * [10u, 10u + 5) of document `doc`, and annotator a's value for it a span with that value
 * as label (no span where the value is missing). Lets published coding examples test the
 * span-based measures directly.
 */
export function codingTableAsSpans(columns: Readonly<Record<string, readonly (string | number | null)[]>>): AnnotationSet {
  return Object.fromEntries(
    Object.entries(columns).map(([annotator, values]) => [
      annotator,
      {
        doc: values.flatMap((value, unit) => (value === null ? [] : [{ start: 10 * unit, end: 10 * unit + 5, label: String(value) }]))
      }
    ])
  )
}

/**
 * Expands a subjects × categories count table (Fleiss' layout) into per-rater columns:
 * in each row the first n_i1 raters pick category 1, the next n_i2 category 2, and so on.
 * Fleiss' κ does not depend on which rater gave which rating, only on the counts.
 */
export function countTableAsColumns(rows: readonly (readonly number[])[], categories: readonly string[]): Record<string, string[]> {
  const raters = rows[0]!.reduce((sum, count) => sum + count, 0)
  const columns: Record<string, string[]> = {}
  for (let rater = 0; rater < raters; rater++) columns[`rater${rater + 1}`] = []
  for (const row of rows) {
    let rater = 0
    row.forEach((count, category) => {
      for (let k = 0; k < count; k++) columns[`rater${++rater}`]!.push(categories[category]!)
    })
  }
  return columns
}

/** Expands a two-annotator contingency table, cells[[firstCategory, secondCategory, count]], into columns. */
export function contingencyAsColumns(cells: readonly (readonly [string, string, number])[]): Record<string, string[]> {
  const first: string[] = []
  const second: string[] = []
  for (const [a, b, count] of cells) {
    for (let k = 0; k < count; k++) {
      first.push(a)
      second.push(b)
    }
  }
  return { A: first, B: second }
}
