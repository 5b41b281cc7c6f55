/** A ratio or coefficient with four decimals, as the CLI prints it; null as "n/a". */
export function formatFigure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4)
}

/** Pair names as the CLI prints them: reference first. */
export function pairName(annotators: readonly string[]): string {
  return annotators.join(' / ')
}

/** Colours for series (annotators, pairs, measures), distinct on white and in greyscale order. */
export const SERIES_COLOURS = ['#b7791f', '#2563eb', '#1a7f37', '#b42318', '#7c3aed', '#0e7490', '#be185d', '#4b5563'] as const

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!
}
