import { useState, type FormEvent } from 'react'
import { useServices } from './servicesContext'

// The same rule as the contract's annotatorName, so the user hears about it before the server does.
const NAME = /^[\p{L}\p{N}_.-]{1,64}$/u

function nameProblem(name: string): string | null {
  if (!NAME.test(name)) return 'Use 1–64 letters, digits, "_", "-" or "." (no spaces).'
  if (name === 'gold' || /^\.+$/.test(name)) return `"${name}" is reserved.`
  return null
}

/** First run: the annotator's name, kept on this machine and written into every span. */
export function AnnotatorDialog() {
  const { session } = useServices()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    const problem = nameProblem(trimmed)
    if (problem) return setError(problem)
    setBusy(true)
    try {
      await session.setAnnotator(trimmed)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setBusy(false)
    }
  }
  return (
    <div className="gs-modal-backdrop">
      <form className="gs-modal" role="dialog" aria-modal="true" aria-labelledby="annotator-title" onSubmit={(event) => void submit(event)} data-testid="annotator-dialog">
        <h2 id="annotator-title">Welcome to Goldspan</h2>
        <p>Your name is recorded with every span you make, so several annotators can work on the same corpus.</p>
        <label className="gs-field gs-field--stacked">
          <span>Annotator name</span>
          <input
            autoFocus
            className="gs-input"
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              setError(null)
            }}
            placeholder="e.g. camille"
            data-testid="annotator-input"
          />
        </label>
        {error && (
          <p className="gs-error" role="alert" data-testid="annotator-error">
            {error}
          </p>
        )}
        <button type="submit" className="gs-button gs-button--primary" disabled={busy} data-testid="annotator-submit">
          {busy ? 'Opening the corpus…' : 'Start annotating'}
        </button>
      </form>
    </div>
  )
}
