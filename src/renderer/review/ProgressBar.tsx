/** Resolved out of total as a bar with the figures beside it. */
export function ProgressBar({ resolved, total, label, testId }: { readonly resolved: number; readonly total: number; readonly label: string; readonly testId: string }) {
  const percent = total === 0 ? 100 : Math.round((resolved / total) * 100)
  return (
    <div className="gs-review-progress" data-testid={testId} data-resolved={resolved} data-total={total}>
      <div className="gs-review-progress__bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={resolved}>
        <div className="gs-review-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="gs-review-progress__text">
        {resolved} / {total} resolved
      </span>
    </div>
  )
}
