import { memo, useMemo } from 'react'
import { Bar, BarChart, Cell, LabelList, Legend, XAxis, YAxis } from 'recharts'
import type { LabelCounts } from '../../core/api/importExportChannels'
import type { Span } from '../../core/model'
import { useServices } from '../components/servicesContext'
import type { DocumentStore } from '../state/documentStore'
import { useSettledStore } from '../state/useSettledStore'
import { usePaintedStore } from '../state/usePaintedStore'
import { corpusCountByLabel, countByLabel, countByStatus } from './documentProgress'
import { useCorpusLabelCounts } from './useCorpusLabelCounts'
import './progress.css'

const STATUS_COLOURS = { done: '#3c8d40', in_progress: '#e0a526', todo: '#c9c4ba' } as const
const STATUS_NAMES = { done: 'done', in_progress: 'in progress', todo: 'to do' } as const

/**
 * The panel follows the edits once they pause this long, not at each keystroke: redrawing
 * the charts (recharts measures every axis label in the DOM) took longer than the label
 * itself in a 10k-span document, and statistics a third of a second behind the typing are
 * what anyone expects of them.
 */
export const PROGRESS_SETTLE_MS = 300

interface LabelChartProps {
  /** The open document and its spans as they are now, or null. */
  readonly live: { readonly documentId: string; readonly spans: readonly Span[] } | null
  readonly colours: ReadonlyMap<string, string>
  readonly saved: LabelCounts | null
}

/** Spans per label, in the corpus (label colour) and in the open document (grey), drawn with recharts as the agreement screen. */
const LabelChart = memo(function LabelChart({ live, colours, saved }: LabelChartProps) {
  const rows = useMemo(() => {
    const labels = [...colours.keys()]
    const corpus = corpusCountByLabel(saved?.documents ?? [], live, labels)
    const inDocument = new Map(countByLabel(live?.spans ?? [], labels).map((row) => [row.label, row.count]))
    return [...corpus].map(([label, count]) => ({ label, corpus: count, document: inDocument.get(label) ?? 0 }))
  }, [live, colours, saved])
  const document = live === null ? null : { id: live.documentId }
  const total = rows.reduce((sum, row) => sum + row.corpus, 0)
  return (
    <div data-testid="progress-labels" data-corpus-spans={total}>
      <div className="gs-muted">Spans per label: corpus{document ? `, ${document.id}` : ''}</div>
      {/* Animation off so the chart is final at once (and in screenshots). */}
      <BarChart width={250} height={44 + rows.length * 22} data={rows} layout="vertical" margin={{ top: 4, right: 30, bottom: 0, left: 0 }} barGap={1}>
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={74} interval={0} tick={{ fontSize: 11 }} />
        <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
        <Bar dataKey="corpus" name="corpus" fill="#777" isAnimationActive={false} minPointSize={1}>
          {rows.map((row) => (
            <Cell key={row.label} fill={colours.get(row.label) ?? '#888'} />
          ))}
          <LabelList dataKey="corpus" position="right" fontSize={10} />
        </Bar>
        {document && (
          <Bar dataKey="document" name="this document" fill="#b9b4aa" isAnimationActive={false} minPointSize={1}>
            <LabelList dataKey="document" position="right" fontSize={10} />
          </Bar>
        )}
      </BarChart>
    </div>
  )
})

function LiveLabelChart({ document, ...rest }: Omit<LabelChartProps, 'live'> & { readonly document: DocumentStore }) {
  const spans = useSettledStore(document, (state) => state.annotations.spans, PROGRESS_SETTLE_MS)
  const live = useMemo(() => ({ documentId: document.id, spans }), [document, spans])
  return <LabelChart live={live} {...rest} />
}

/** Corpus progress (documents done / in progress / to do) and spans per label in the corpus and the open document. */
export function ProgressPanel() {
  const services = useServices()
  const { session } = services
  const documents = usePaintedStore(session, (state) => state.documents)
  const document = usePaintedStore(session, (state) => state.document)
  // The chart follows the open document after the same pause as its edits: opening one shows
  // the text first, and flicking through documents redraws the chart once, where they stop.
  const chartDocument = useSettledStore(session, (state) => state.document, PROGRESS_SETTLE_MS)
  const schema = usePaintedStore(session, (state) => state.project?.schema ?? null)
  const projectDir = usePaintedStore(session, (state) => state.project?.dir ?? null)
  const saved = useCorpusLabelCounts(services, document, projectDir, documents.length)
  const colours = useMemo(() => new Map([...(schema?.entityTypes ?? []), ...(schema?.eventTypes ?? [])].map((type) => [type.name, type.color] as const)), [schema])
  const counts = countByStatus(documents)
  const total = documents.length
  if (total === 0) return null
  return (
    <section className="gs-progress-panel" aria-label="Progress" data-testid="progress-panel">
      <h3>Progress</h3>
      <div className="gs-progress-stack" role="img" aria-label={`${counts.done} of ${total} documents done`}>
        {(['done', 'in_progress', 'todo'] as const).map((status) => (
          <div key={status} style={{ width: `${(counts[status] / total) * 100}%`, background: STATUS_COLOURS[status] }} title={`${counts[status]} ${STATUS_NAMES[status]}`} />
        ))}
      </div>
      <div className="gs-muted" data-testid="progress-counts">
        {counts.done} done · {counts.in_progress} in progress · {counts.todo} to do (of {total})
      </div>
      {chartDocument ? <LiveLabelChart document={chartDocument} colours={colours} saved={saved} /> : <LabelChart live={null} colours={colours} saved={saved} />}
    </section>
  )
}
