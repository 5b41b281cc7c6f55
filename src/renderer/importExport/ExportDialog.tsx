import { useState, type FormEvent } from 'react'
import { ANNOTATION_FORMATS, type AnnotationFormat, type ExportResult } from '../../core/api/contract'
import { useServices } from '../components/servicesContext'
import { runExport } from '../components/exportProject'
import { useStore } from '../state/useStore'
import { ConversionReport } from './ConversionReport'
import { importExportDialogsOf } from './dialogStore'
import { FORMAT_TITLES } from './formatTitles'

type LayerChoice = 'me' | 'gold' | 'other'

/**
 * Export of one layer (mine, gold, or another annotator's) in any format, with the offset
 * unit where the format lets one choose. Desktop asks where to save (a folder for brat);
 * web mode downloads the file, or writes to a path typed here, which brat always needs.
 */
export function ExportDialog() {
  const services = useServices()
  const { session, connection } = services
  const annotator = useStore(session, (state) => state.project?.annotator ?? '')
  const [format, setFormat] = useState<AnnotationFormat>('goldspan')
  const [offsetUnit, setOffsetUnit] = useState<'codepoint' | 'utf16'>('codepoint')
  const [layer, setLayer] = useState<LayerChoice>('me')
  const [other, setOther] = useState('')
  const [destination, setDestination] = useState('')
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<ExportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const close = () => importExportDialogsOf(services).show(null)
  const needsPath = connection.mode === 'web' && format === 'brat'

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setRunning(true)
    setError(null)
    setResult(null)
    try {
      const chosenLayer = layer === 'gold' ? { gold: true as const } : { annotator: layer === 'me' ? annotator : other.trim() }
      const request = { format, offsetUnit, layer: chosenLayer, ...(destination.trim() ? { destination: destination.trim() } : {}) }
      setResult(await runExport(services, request))
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setRunning(false)
    }
  }

  return (
    <div className="gs-modal-backdrop" onClick={close}>
      <form className="gs-modal gs-modal--wide" role="dialog" aria-modal="true" aria-labelledby="export-title" onClick={(event) => event.stopPropagation()} onSubmit={(event) => void submit(event)} data-testid="export-dialog">
        <h2 id="export-title">Export annotations</h2>
        <label className="gs-field">
          <span>Format</span>
          <select autoFocus value={format} onChange={(event) => setFormat(event.target.value as AnnotationFormat)} data-testid="export-format">
            {ANNOTATION_FORMATS.map((name) => (
              <option key={name} value={name}>
                {FORMAT_TITLES[name]}
              </option>
            ))}
          </select>
        </label>
        {format === 'goldspan' && (
          <label className="gs-field">
            <span>Offsets in</span>
            <select value={offsetUnit} onChange={(event) => setOffsetUnit(event.target.value as 'codepoint' | 'utf16')} data-testid="export-offset-unit">
              <option value="codepoint">code points (as Python indexes strings)</option>
              <option value="utf16">UTF-16 code units (as JavaScript)</option>
            </select>
          </label>
        )}
        <label className="gs-field">
          <span>Layer</span>
          <select value={layer} onChange={(event) => setLayer(event.target.value as LayerChoice)} data-testid="export-layer">
            <option value="me">my annotations ({annotator})</option>
            <option value="gold">gold (adjudicated documents only)</option>
            <option value="other">another annotator…</option>
          </select>
        </label>
        {layer === 'other' && <input className="gs-input" value={other} onChange={(event) => setOther(event.target.value)} placeholder="annotator name" aria-label="Annotator" data-testid="export-annotator" />}
        <label className="gs-field gs-field--stacked">
          <span>{needsPath ? 'Folder to write the brat files to (new or empty), on this machine' : connection.mode === 'web' ? 'Write to a path on this machine (optional; otherwise downloaded)' : 'Write to (optional; otherwise you are asked)'}</span>
          <input className="gs-input" value={destination} onChange={(event) => setDestination(event.target.value)} placeholder={format === 'brat' ? '/path/to/brat-folder' : '/path/to/export-file'} data-testid="export-destination" />
        </label>
        {result && (
          <p data-testid="export-result">
            Exported {result.documentCount} document(s), {result.spanCount} span(s) {result.savedTo ? `to ${result.savedTo}` : `as ${result.fileName}`}.
          </p>
        )}
        {error && (
          <p className="gs-error" data-testid="export-error">
            {error}
          </p>
        )}
        {result && <ConversionReport skipped={result.skipped} losses={result.report} />}
        <div className="gs-button-group">
          <button type="submit" className="gs-button gs-button--primary" disabled={running || (needsPath && !destination.trim()) || (layer === 'other' && !other.trim())} data-testid="export-submit">
            {running ? 'Exporting…' : 'Export'}
          </button>
          <button type="button" className="gs-button" onClick={close} data-testid="export-close">
            Close
          </button>
        </div>
      </form>
    </div>
  )
}
