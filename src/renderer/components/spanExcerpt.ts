/** The span's text for lists, shortened in the middle, line breaks shown as "⏎". */
export function spanExcerpt(text: string, start: number, end: number, max = 60): string {
  const raw = text.slice(start, end).replace(/\r\n|\r|\n/g, ' ⏎ ')
  if (raw.length <= max) return raw
  const half = Math.floor((max - 1) / 2)
  return `${raw.slice(0, half)}…${raw.slice(raw.length - half)}`
}
