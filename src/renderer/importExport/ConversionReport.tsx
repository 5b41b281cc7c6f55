/** Lists what a conversion could not carry and the problems found, each on its own line (never summarised away). */
export function ConversionReport({
  problems,
  losses,
  skipped
}: {
  readonly problems?: readonly string[]
  readonly losses?: readonly { readonly document: string; readonly item: string; readonly reason: string }[]
  readonly skipped?: readonly { readonly documentId: string; readonly reason: string }[]
}) {
  return (
    <>
      {problems && problems.length > 0 && (
        <details open className="gs-report gs-report--error" data-testid="report-problems">
          <summary>{problems.length} problem(s); nothing was written</summary>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </details>
      )}
      {skipped && skipped.length > 0 && (
        <details open className="gs-report" data-testid="report-skipped">
          <summary>{skipped.length} document(s) left out</summary>
          <ul>
            {skipped.map((skip) => (
              <li key={skip.documentId}>
                {skip.documentId}: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {losses && losses.length > 0 && (
        <details className="gs-report" data-testid="report-losses">
          <summary>{losses.length} item(s) the format cannot carry</summary>
          <ul>
            {losses.map((loss, index) => (
              <li key={index}>
                {loss.document}: {loss.item}: {loss.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
