/**
 * Perl's `printf "%6.2f"` as glibc renders it: the exact binary value rounded to two
 * decimals, an exact tie going to the even digit (0.125 → 0.12, where JavaScript's
 * toFixed gives 0.13), padded left to six characters.
 */
export function formatFixed62(value: number): string {
  let text = value.toFixed(2)
  // A tie at the third decimal is exact only for odd multiples of 1/8.
  const eighths = value * 8
  if (Number.isInteger(eighths) && Math.abs(eighths) % 2 === 1) {
    const lower = Math.floor(value * 100)
    const even = lower % 2 === 0 ? lower : lower + 1
    text = (even / 100).toFixed(2)
  }
  return text.padStart(6, ' ')
}
