import { formatFigure } from './formatFigure'

/** A coefficient, or "n/a" with the reason it is undefined written out (not only in a tooltip). */
export function EstimateCell({ estimate, testId }: { readonly estimate: { readonly value: number | null; readonly reason: string | null }; readonly testId: string }) {
  if (estimate.value !== null) {
    return (
      <span className="gs-agreement-figure" data-testid={testId}>
        {formatFigure(estimate.value)}
      </span>
    )
  }
  return (
    <span className="gs-agreement-figure gs-agreement-figure--undefined" data-testid={testId}>
      n/a <span className="gs-agreement-reason">({estimate.reason})</span>
    </span>
  )
}
