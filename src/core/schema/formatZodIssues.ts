import type { z } from 'zod'

/** Renders zod issues as `path.to.field: message; …`, the form every Goldspan error uses. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')
      return `${path.replace(/^\./, '') || '(root)'}: ${issue.message}`
    })
    .join('; ')
}
