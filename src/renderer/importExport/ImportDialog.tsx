import { useState, type FormEvent } from 'react'
import { ANNOTATION_FORMATS, type AnnotationFormat } from '../../core/api/contract'
import type { ImportReport } from '../../core/api/importExportChannels'
import { useServices } from '../components/servicesContext'
import { jobStoreOf } from '../progress/jobServices'
import { suggestionServicesOf } from '../suggestions/suggestionServices'
import { useStore } from '../state/useStore'
import { ConversionReport } from './ConversionReport'
import { importExportDialogsOf } from './dialogStore'
import { FORMAT_TITLES } from './formatTitles'

/**
 * Import of annotations: a path on the machine running Goldspan (typed, since a browser
 * has no file dialog that gives one), a format (recognised from the name or chosen), and
 * whether the spans become this annotator's work or a model's suggestions.
 */
export function ImportDialog() {
  const services = useServices()
  const { session } = services
  const annotator = useStore(session, (state) => state.project?.annotator ?? '')
  const [path, setPath] = useState('')
  const [format, setFormat] = useState<AnnotationFormat | 'auto'>('auto')
  const [asSuggestions, setAsSuggestions] = useState(true)
  const [model, setModel] = useState('model')
  const [replace, setReplace] = useState(false)
  const [running, setRunning] = useState(false)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const close = () => importExportDialogsOf(services).show(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!path.trim()) return
    setRunning(true)
    setError(null)
    setReport(null)
    try {
      const target = asSuggestions ? { model: model.trim() } : { annotator: true as const, replace }
      const result = await jobStoreOf(services).run('Importing', { kind: 'import', request: { path: path.trim(), format, target } })
      setReport(result)
      if (result.written) {
        if (asSuggestions) await suggestionServicesOf(services).reload()
        else await session.reopenDocuments()
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setRunning(false)
    }
  }

  return (
    <div className="gs-modal-backdrop" onClick={close}>
      <form className="gs-modal gs-modal--wide" role="dialog" aria-modal="true" aria-labelledby="import-title" onClick={(event) => event.stopPropagation()} onSubmit={(event) => void submit(event)} data-testid="import-dialog">
        <h2 id="import-title">Import annotations</h2>
        <label className="gs-field gs-field--stacked">
          <span>File (a folder for brat), on this machine</span>
          <input autoFocus className="gs-input" value={path} onChange={(event) => setPath(event.target.value)} placeholder="/path/to/predictions.jsonl" data-testid="import-path" />
        </label>
        <label className="gs-field">
          <span>Format</span>
          <select value={format} onChange={(event) => setFormat(event.target.value as AnnotationFormat | 'auto')} data-testid="import-format">
            <option value="auto">Recognise from the name and content</option>
            {ANNOTATION_FORMATS.map((name) => (
              <option key={name} value={name}>
                {FORMAT_TITLES[name]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="gs-fieldset">
          <legend>The spans become</legend>
          <label>
            <input type="radio" checked={asSuggestions} onChange={() => setAsSuggestions(true)} data-testid="import-as-suggestions" /> suggestions from model{' '}
            <input className="gs-input gs-input--inline" value={model} onChange={(event) => setModel(event.target.value)} disabled={!asSuggestions} aria-label="Model name" data-testid="import-model" />
          </label>
          <label>
            <input type="radio" checked={!asSuggestions} onChange={() => setAsSuggestions(false)} data-testid="import-as-annotations" /> my annotations ({annotator})
          </label>
          {!asSuggestions && (
            <label>
              <input type="checkbox" checked={replace} onChange={() => setReplace(!replace)} data-testid="import-replace" /> replace my spans on documents I have already annotated
            </label>
          )}
        </fieldset>
        {report && (
          <p data-testid="import-result">
            {report.written
              ? `Imported ${report.documentCount} document(s), ${report.spanCount} ${asSuggestions ? 'suggestion(s)' : 'span(s)'} (${FORMAT_TITLES[report.format]}).`
              : `Nothing was imported (${FORMAT_TITLES[report.format]}).`}
          </p>
        )}
        {error && (
          <p className="gs-error" data-testid="import-error">
            {error}
          </p>
        )}
        {report && <ConversionReport problems={report.problems} losses={report.report} />}
        <div className="gs-button-group">
          <button type="submit" className="gs-button gs-button--primary" disabled={running || !path.trim()} data-testid="import-submit">
            {running ? 'Importing…' : 'Import'}
          </button>
          <button type="button" className="gs-button" onClick={close} data-testid="import-close">
            Close
          </button>
        </div>
      </form>
    </div>
  )
}
