/**
 * A chance-corrected coefficient, or `null` with the reason it is undefined on these data
 * (no units, a single category, no expected disagreement...). Never NaN.
 */
export type Estimate = { readonly value: number; readonly reason: null } | { readonly value: null; readonly reason: string }

export function estimated(value: number): Estimate {
  return { value, reason: null }
}

export function undefinedBecause(reason: string): Estimate {
  return { value: null, reason }
}
