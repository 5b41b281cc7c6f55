import { useEffect, useRef, useState } from 'react'
import type { ProjectAgreement } from '../../core/api/agreementResults'
import { useServices } from '../components/servicesContext'
import { AgreementCharts } from './AgreementCharts'
import { SummaryTable } from './SummaryTable'
import './agreement.css'

/**
 * Inter-annotator agreement of the open project: choose annotators (all but gold at
 * first), read the summary table, then the charts. Escape returns to annotating.
 */
export function AgreementScreen() {
  const { connection, view } = useServices()
  const [chosen, setChosen] = useState<readonly string[]>([])
  const [agreement, setAgreement] = useState<ProjectAgreement | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  // Only the latest request may fill the screen: two quick ticks must not end with the first answer.
  const latest = useRef(0)

  /** Fetches the figures for `annotators`; with `everyone`, an empty choice means all the project's annotators. */
  async function load(annotators: readonly string[], everyone: boolean): Promise<void> {
    const request = ++latest.current
    setLoading(true)
    try {
      let answer = await connection.api['agreement:report']({ annotators: [...annotators] })
      if (everyone && answer.data === null && answer.annotators.length >= 2) {
        answer = await connection.api['agreement:report']({ annotators: [...answer.annotators] })
      }
      if (request !== latest.current) return
      setChosen(answer.data ? answer.data.report.annotators : annotators)
      setAgreement(answer)
      setError(null)
    } catch (failure) {
      if (request === latest.current) setError((failure as Error).message)
    } finally {
      if (request === latest.current) setLoading(false)
    }
  }

  // Once on entry, comparing everyone as `goldspan agreement --project` does; later loads come from the checkboxes.
  useEffect(() => {
    void load([], true)
  }, [connection])

  useEffect(() => {
    // Capture phase, as the review screen: the annotate screen's keys must not act on a document not shown.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || view.getState().helpOpen) return
      if (event.key === 'Escape') {
        event.preventDefault()
        view.setScreen('annotate')
      }
      if (event.key !== '?') event.stopPropagation()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [view])

  const available = agreement?.annotators ?? []
  const toggle = (name: string): void => {
    // Kept in the project's order, so pairs (and the reference in each) do not depend on the clicking order.
    const next = chosen.includes(name) ? chosen.filter((other) => other !== name) : available.filter((other) => other === name || chosen.includes(other))
    setChosen(next)
    void load(next, false)
  }

  return (
    <div className="gs-agreement" data-testid="agreement-screen" data-keeps-focus>
      <div className="gs-agreement-bar">
        <button type="button" className="gs-button" onClick={() => view.setScreen('annotate')} data-testid="agreement-back">
          ← Back to annotating <kbd>Esc</kbd>
        </button>
        <h1 className="gs-agreement-title">Inter-annotator agreement</h1>
        <fieldset className="gs-agreement-annotators" aria-label="Annotators compared">
          {available.map((name) => (
            <label key={name} className="gs-agreement-annotator">
              <input type="checkbox" checked={chosen.includes(name)} onChange={() => toggle(name)} data-testid={`agreement-annotator-${name}`} />
              {name}
            </label>
          ))}
        </fieldset>
        {loading && <span className="gs-muted">Computing…</span>}
      </div>
      {error && (
        <p className="gs-error" role="alert" data-testid="agreement-error">
          {error}
        </p>
      )}
      {agreement && agreement.problems.length > 0 && (
        <p className="gs-error" data-testid="agreement-problems">
          Left out, unreadable: {agreement.problems.map((problem) => `${problem.file} (${problem.reason})`).join('; ')}
        </p>
      )}
      {!loading && agreement && agreement.data === null && (
        <p className="gs-muted gs-agreement-empty" data-testid="agreement-empty">
          {available.length < 2
            ? 'Agreement needs at least two annotators in this project; import another annotator’s work with goldspan import-annotations.'
            : 'Choose at least two annotators to compare.'}
        </p>
      )}
      {agreement?.data && (
        <div className="gs-agreement-body" data-loading={loading}>
          <SummaryTable report={agreement.data.report} />
          <AgreementCharts data={agreement.data} />
        </div>
      )}
    </div>
  )
}
