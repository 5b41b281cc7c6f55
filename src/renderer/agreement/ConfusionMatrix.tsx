import type { LabelConfusion } from '../../core/agreement'

/** Cell shade: stronger with the count, amber off the diagonal (disagreement), green on it. */
function shade(count: number, max: number, agreed: boolean): string | undefined {
  if (count === 0 || max === 0) return undefined
  const alpha = 0.12 + 0.6 * (count / max)
  return agreed ? `rgb(26 127 55 / ${alpha.toFixed(2)})` : `rgb(183 121 31 / ${alpha.toFixed(2)})`
}

/**
 * Label of the first annotator (rows) against label of the second (columns) on the
 * boundaries both marked, with a last column and row for boundaries only one marked.
 * A table rather than a chart: every count stays readable, and the diagonal is the agreement.
 */
export function ConfusionMatrix({ confusion }: { readonly confusion: LabelConfusion }) {
  const [first, second] = confusion.annotators
  const max = Math.max(0, ...confusion.counts.flat(), ...confusion.only_first, ...confusion.only_second)
  if (confusion.labels.length === 0) return <p className="gs-muted">Neither marked any span on their shared documents.</p>
  return (
    <table className="gs-agreement-table gs-agreement-confusion" data-testid="agreement-confusion">
      <caption className="gs-muted gs-agreement-note">
        Rows: {first}'s label; columns: {second}'s label, on the {confusion.n_used} boundaries both marked exactly.
      </caption>
      <thead>
        <tr>
          <th scope="col">
            {first} ↓ / {second} →
          </th>
          {confusion.labels.map((label) => (
            <th scope="col" key={label}>
              {label}
            </th>
          ))}
          <th scope="col" className="gs-agreement-confusion__missing">
            not marked by {second}
          </th>
        </tr>
      </thead>
      <tbody>
        {confusion.labels.map((rowLabel, rowIndex) => (
          <tr key={rowLabel}>
            <th scope="row">{rowLabel}</th>
            {confusion.labels.map((columnLabel, columnIndex) => {
              const count = confusion.counts[rowIndex]![columnIndex]!
              return (
                <td key={columnLabel} style={{ background: shade(count, max, rowIndex === columnIndex) }} data-testid={`confusion-${rowLabel}-${columnLabel}`}>
                  {count}
                </td>
              )
            })}
            <td className="gs-agreement-confusion__missing" style={{ background: shade(confusion.only_first[rowIndex]!, max, false) }}>
              {confusion.only_first[rowIndex]}
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row" className="gs-agreement-confusion__missing">
            not marked by {first}
          </th>
          {confusion.labels.map((label, columnIndex) => (
            <td key={label} className="gs-agreement-confusion__missing" style={{ background: shade(confusion.only_second[columnIndex]!, max, false) }}>
              {confusion.only_second[columnIndex]}
            </td>
          ))}
          <td className="gs-agreement-confusion__missing" />
        </tr>
      </tbody>
    </table>
  )
}
