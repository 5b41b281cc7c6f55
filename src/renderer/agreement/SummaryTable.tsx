import type { AgreementReport } from '../../core/agreement'
import { EstimateCell } from './EstimateCell'
import { formatFigure, pairName } from './formatFigure'

/** Pairwise span F1 and Cohen's κ, then the coefficients over all chosen annotators, as `goldspan agreement` prints them. */
export function SummaryTable({ report }: { readonly report: AgreementReport }) {
  return (
    <section className="gs-agreement-card gs-agreement-summary" aria-label="Agreement summary">
      <h2>Summary</h2>
      <p className="gs-muted gs-agreement-note">
        {report.documents_shared_by_all} document(s) annotated by all of {report.annotators.join(', ')}. In each pair the first is the reference; F1 is symmetric.
      </p>
      <table className="gs-agreement-table" data-testid="agreement-pairs">
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Docs</th>
            <th scope="col">Strict P</th>
            <th scope="col">Strict R</th>
            <th scope="col">Strict F1</th>
            <th scope="col">Overlap F1</th>
            <th scope="col">Cohen's κ</th>
            <th scope="col">Units used / total</th>
          </tr>
        </thead>
        <tbody>
          {report.pairwise.map((pair, index) => (
            <tr key={pairName(pair.annotators)} data-testid="agreement-pair">
              <th scope="row">{pairName(pair.annotators)}</th>
              <td>{pair.documents}</td>
              <td>{formatFigure(pair.strict.precision)}</td>
              <td>{formatFigure(pair.strict.recall)}</td>
              <td data-testid={`agreement-strict-f1-${index}`}>{formatFigure(pair.strict.f1)}</td>
              <td data-testid={`agreement-overlap-f1-${index}`}>{formatFigure(pair.overlap.f1)}</td>
              <td>
                <EstimateCell estimate={pair.cohen_kappa} testId={`agreement-cohen-${index}`} />
              </td>
              <td>
                {pair.cohen_kappa.n_used} / {pair.cohen_kappa.n_total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="gs-agreement-coefficients">
        <div>
          <dt>Fleiss' κ</dt>
          <dd>
            <EstimateCell estimate={report.fleiss_kappa} testId="agreement-fleiss" />{' '}
            <span className="gs-muted">
              n_used {report.fleiss_kappa.n_used} of {report.fleiss_kappa.n_total} boundaries (marked by all)
            </span>
          </dd>
        </div>
        <div>
          <dt>Krippendorff's α (nominal)</dt>
          <dd>
            <EstimateCell estimate={report.krippendorff_alpha} testId="agreement-alpha" />{' '}
            <span className="gs-muted">
              n_used {report.krippendorff_alpha.n_used} of {report.krippendorff_alpha.n_total} boundaries (marked by two or more)
            </span>
          </dd>
        </div>
      </dl>
    </section>
  )
}
