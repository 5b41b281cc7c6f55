/** One printed figure: its value, and a target when the issue sets one. */
export interface Row {
  readonly figure: string
  readonly point: string
  readonly value: number
  readonly unit: string
  /** Pass when value ≤ max (or = equals); absent for figures without a target. */
  readonly max?: number
  readonly equals?: number
}

export function passes(row: Row): boolean | null {
  if (row.equals !== undefined) return row.value === row.equals
  if (row.max !== undefined) return row.value <= row.max
  return null
}

function formatValue(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1
  return `${value.toFixed(digits)} ${unit}`.trim()
}

function target(row: Row): string {
  if (row.equals !== undefined) return `= ${row.equals}`
  if (row.max !== undefined) return `≤ ${formatValue(row.max, row.unit)}`
  return '—'
}

/** A Markdown table, so the README can take it as printed. */
export function formatTable(rows: readonly Row[]): string {
  const lines = ['| figure | point | value | target | pass |', '|---|---|---|---|---|']
  for (const row of rows) {
    const pass = passes(row)
    lines.push(`| ${row.figure} | ${row.point} | ${formatValue(row.value, row.unit)} | ${target(row)} | ${pass === null ? '' : pass ? 'pass' : 'FAIL'} |`)
  }
  return lines.join('\n')
}
